using AttackKb.Core.Diagnostics;

namespace AttackKb.Core.Validation;

/// <summary>How a lint run reports: per-code severity overrides (incl. none) and warnings promoted to errors.</summary>
public sealed record LintOptions(IReadOnlyDictionary<string, Severity> SeverityOverrides, bool WarningsAsErrors = false)
{
    public static LintOptions Default { get; } = new(new Dictionary<string, Severity>(StringComparer.Ordinal));
}
