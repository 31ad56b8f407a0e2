namespace AttackKb.Core.Model;

/// <summary>The format a file was recognised as (sniffed per file, first match wins; see README "Dialects").</summary>
public enum SourceDialect
{
    /// <summary>
    /// Dialect A: attack-extractor notes (sorted keys, <c>id: attack-pattern--…</c>, <c>mitre_attack_url</c>).
    /// </summary>
    DialectA,
    /// <summary>
    /// Dialect B: Obsidian Use-Case-Catalogue technique notes (<c>url</c>, CSV <c>tactics</c>, tags).
    /// </summary>
    DialectB,
    /// <summary>
    /// Dialect B detection-rule notes (Sigma embedded, <c>logsrc_product</c>, <c>detection_rule</c> tag).
    /// </summary>
    DialectBRule,
    /// <summary>Dialect B testing runbooks (Atomic doc, <c>atomic_test</c> tag, <c>filename</c> wikilink).</summary>
    DialectBRunbook,
    /// <summary>Our canonical technique-note dialect (documented in data/README.md).</summary>
    Canonical,
    /// <summary>Our detection notes (detection strategy → analytics per platform).</summary>
    DetectionNote,
    /// <summary>SigmaHQ rule YAML.</summary>
    Sigma,
    /// <summary>Atomic Red Team test YAML.</summary>
    Atomic,
    /// <summary>Anything else with or without front matter: loaded as a generic note, never a failure.</summary>
    Generic,
}

public static class SourceDialectNames
{
    public static string ToName(this SourceDialect dialect) => dialect switch
    {
        SourceDialect.DialectA => "dialect-a",
        SourceDialect.DialectB => "dialect-b",
        SourceDialect.DialectBRule => "dialect-b-rule",
        SourceDialect.DialectBRunbook => "dialect-b-runbook",
        SourceDialect.Canonical => "canonical",
        SourceDialect.DetectionNote => "detection-note",
        SourceDialect.Sigma => "sigma",
        SourceDialect.Atomic => "atomic",
        SourceDialect.Generic => "generic",
        _ => throw new ArgumentOutOfRangeException(nameof(dialect)),
    };
}
