using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Validation;

namespace AttackKb.Stix.Writing;

/// <summary>The result of an export: the bundle's bytes and what could not be exported.</summary>
public sealed record StixExportResult(byte[] Bundle, IReadOnlyList<Diagnostic> Diagnostics, int ObjectCount)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Files that were read but left out of the bundle because they have lint errors (AKB7001).</summary>
    public IReadOnlyCollection<string> NotExported =>
        Diagnostics.Where(d => d.Descriptor == StixDiagnostics.NoteNotExported && d.Location is not null)
            .Select(d => d.Location!.Value.Path).Distinct(StringComparer.Ordinal).ToArray();
}

/// <summary>
/// Writes a knowledge base as one STIX 2.1 bundle, deterministically: objects sorted by type then id, properties in
/// fixed order, '\n' newlines, invariant culture, no clock, no randomness; the bundle id is a UUIDv5 of the bundle's
/// bytes. Shapes follow ATT&amp;CK's own data (attack-pattern, x-mitre-tactic, x-mitre-detection-strategy,
/// x-mitre-analytic, x-mitre-collection) so ATT&amp;CK tools accept it; Sigma rules become sigma indicators.
/// Which files are exported is decided by the linter: a file with an error finding is left out (AKB7001).
/// </summary>
public static class StixExport
{
    public const string AttackSpecVersion = "3.3.0";

    /// <param name="lint">The lint result of this KB when the caller already has one (`build`); else lint runs
    /// here.</param>
    public static StixExportResult Write(KnowledgeBase kb, StixOptions options, LintResult? lint = null)
    {
        var findings = (lint ?? Validator.Run(kb, options.Lint)).Diagnostics;
        var builder = new StixBundleBuilder(kb, options, findings);
        var objects = builder.Build();
        var ordered = objects
            .OrderBy(o => o.Type, StringComparer.Ordinal)
            .ThenBy(o => o.Id, StringComparer.Ordinal)
            .ToArray();

        byte[] bytes = StixBundleBytes.Write(w =>
        {
            foreach (var o in ordered) o.Write(w);
        });
        return new StixExportResult(bytes, builder.Diagnostics.Order().ToArray(), ordered.Length);
    }
}
