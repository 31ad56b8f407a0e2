using AttackKb.Core.Model;
using AttackKb.Core.Yaml;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Dialects;

/// <summary>
/// Recognises a markdown file's dialect from its front matter, cheaply, first match wins (DIALECTS.md "Dialect
/// detection"). Our own dialects declare themselves with <c>kind: technique</c> / <c>kind: detection</c>.
/// </summary>
public static class DialectSniffer
{
    public static SourceDialect Sniff(MarkdownFile md)
    {
        var fm = md.FrontMatter;
        if (fm is null) return BrokenRuleNote(md) ? SourceDialect.DialectBRule : SourceDialect.Generic;

        string? kind = fm.String("kind")?.Value;
        if (string.Equals(kind, "technique", StringComparison.OrdinalIgnoreCase)) return SourceDialect.Canonical;
        if (string.Equals(kind, "detection", StringComparison.OrdinalIgnoreCase)) return SourceDialect.DetectionNote;

        if (fm.String("id")?.Value.StartsWith("attack-pattern--", StringComparison.Ordinal) == true && fm["mitre_attack_url"] is not null)
            return SourceDialect.DialectA;

        var tags = fm.Strings("tags");
        bool HasTag(string t) => tags.Any(x => string.Equals(x.Value.Trim(), t, StringComparison.OrdinalIgnoreCase));
        if (HasTag("techniques") && fm["url"] is not null) return SourceDialect.DialectB;
        if (HasTag("detection_rule") && fm["logsrc_product"] is not null) return SourceDialect.DialectBRule;
        if (HasTag("atomic_test") && fm["filename"] is not null) return SourceDialect.DialectBRunbook;
        return SourceDialect.Generic;
    }

    /// <summary>
    /// The Use-Case-Catalogue writes <c>tags: [, detection_rule]</c> for Sigma rules without tags: invalid YAML
    /// (reported), but still a rule note whose embedded Sigma rule can be read.
    /// </summary>
    private static bool BrokenRuleNote(MarkdownFile md) =>
        md.Parts.Yaml is { } raw && raw.Contains("detection_rule", StringComparison.Ordinal) && raw.Contains("logsrc_product:", StringComparison.Ordinal);
}
