using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;

namespace AttackKb.Notes.Loading;

/// <summary>What one file yielded: at most one note, detection or test, and the diagnostics found while reading it.</summary>
public sealed record LoadedFile(string Path, Note? Note, Detection? Detection, TestProcedure? Test, IReadOnlyList<Diagnostic> Diagnostics);
