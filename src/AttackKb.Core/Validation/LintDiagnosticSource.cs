using AttackKb.Core.Diagnostics;

namespace AttackKb.Core.Validation;

/// <summary>
/// The linter as one owner of codes: what its rules declare, plus the validator's own AKB9001 (a rule failed) and
/// AKB9002 (no release pinned). Several rules may report one code (a malformed technique ID is found in a note's
/// identity, a link and a Sigma tag alike); the linter owns it once.
/// </summary>
public sealed class LintDiagnosticSource : IDiagnosticSource
{
    public static LintDiagnosticSource Instance { get; } = new();

    public string Name => "lint";

    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        Validator.Rules.SelectMany(r => r.SupportedDiagnostics)
            .Append(ToolDiagnostics.RuleFailed).Append(ToolDiagnostics.NoRelease)
            .Distinct().ToArray();
}
