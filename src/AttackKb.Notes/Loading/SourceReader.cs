using AttackKb.Core.Diagnostics;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Loading;

/// <summary>
/// Reads one kind of file (a dialect of notes, Sigma rules, Atomic tests…) into a model value. Readers are asked in
/// the order of <see cref="SourceReaders"/> and the first that accepts a file reads it, as Markdig asks its ordered
/// block parsers: a new dialect is one reader plus one registration line.
/// </summary>
public abstract class SourceReader
{
    /// <summary>
    /// Whether this reader reads the file: a cheap test of its syntax (extension), front matter shape or body markers
    /// that reports nothing, so asking a reader that declines leaves no trace.
    /// </summary>
    public abstract bool Accepts(ParsedFile file);

    /// <summary>Binds an accepted file to its model value; every problem is a diagnostic in <paramref name="bag"/>.
    /// </summary>
    public abstract BoundValue Read(ParsedFile file, DiagnosticBag bag);
}
