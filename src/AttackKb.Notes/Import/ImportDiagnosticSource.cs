using AttackKb.Core.Diagnostics;

namespace AttackKb.Notes.Import;

/// <summary>What importing a release into notes can report (AKB7201–7209).</summary>
public sealed class ImportDiagnosticSource : IDiagnosticSource
{
    public static ImportDiagnosticSource Instance { get; } = new();

    public string Name => "import";

    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        ImportDiagnostics.EditedNoteSkipped,
        ImportDiagnostics.DuplicateNote,
        ImportDiagnostics.RevokedInKb,
        ImportDiagnostics.DeprecatedInKb,
        ImportDiagnostics.UpstreamDataQuality,
        ImportDiagnostics.UnsafeId,
        ImportDiagnostics.UnknownSelection,
        ImportDiagnostics.SelectedRevoked,
        ImportDiagnostics.WriteFailed,
    ];
}
