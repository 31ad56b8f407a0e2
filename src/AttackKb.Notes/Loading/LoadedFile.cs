using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;

namespace AttackKb.Notes.Loading;

/// <summary>
/// What one file yielded: at most one note, detection or test, and the diagnostics found while reading it.
/// </summary>
public sealed record LoadedFile(
    string Path, Note? Note, Detection? Detection, TestProcedure? Test, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// No note, detection or test came out of the file — or only the generic fallback of a markdown file whose front
    /// matter could not be read (its facts are lost, so the file counts as left out, not as a note without facts).
    /// </summary>
    public bool YieldedNothing =>
        (Note is null || (Note.Dialect == SourceDialect.Generic && HasError)) && Detection is null && Test is null;

    /// <summary>Reading found an error (before any severity override): the file was left out, not ignored.</summary>
    public bool HasError => Diagnostics.Any(d => d.Severity == Severity.Error);
}
