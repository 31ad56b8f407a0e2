using AttackKb.Core.Diagnostics;
using AttackKb.Core.Diff;
using AttackKb.Core.Validation;
using AttackKb.Notes.Fixing;
using AttackKb.Notes.Import;
using AttackKb.Notes.Loading;
using AttackKb.Site;
using AttackKb.Stix.Reading;
using AttackKb.Stix.Writing;

namespace AttackKb.Cli.Common;

/// <summary>
/// Every component that reports diagnostics, in the order of the flow (read → lint → outputs). A test checks that
/// each code of <see cref="DiagnosticCatalog"/> is declared by exactly one of them; the list lives here because only
/// the CLI sees every project.
/// </summary>
public static class DiagnosticSources
{
    public static IReadOnlyList<IDiagnosticSource> All { get; } =
    [
        ReadingDiagnosticSource.Instance,
        ReleaseDiagnosticSource.Instance,
        LintDiagnosticSource.Instance,
        StixDiagnosticSource.Instance,
        SiteDiagnosticSource.Instance,
        ImportDiagnosticSource.Instance,
        FixDiagnosticSource.Instance,
        DiffDiagnosticSource.Instance,
    ];
}
