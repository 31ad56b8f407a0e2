using System.Collections;
using AttackKb.Notes.Detections;
using AttackKb.Notes.Dialects;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Loading;

/// <summary>
/// The readers a file is offered to, in order; the first that accepts it reads it (README "What AttackKb reads").
/// Our own dialects declare themselves (<c>kind:</c>) and come first; each catch-all comes last in its syntax.
/// </summary>
public sealed class SourceReaders : IReadOnlyList<SourceReader>
{
    private readonly SourceReader[] _readers;

    public SourceReaders(params IEnumerable<SourceReader> readers) => _readers = readers.ToArray();

    public static SourceReaders Default { get; } = new(
        new CanonicalNoteBinder(),
        new DetectionNoteBinder(),
        new DialectANoteBinder(),
        new DialectBNoteBinder(),
        new DialectBRuleBinder(),
        new DialectBRunbookBinder(),
        new AtomicBinder(),
        new SigmaRuleBinder(),
        new GenericNoteBinder(),
        new IgnoredYamlReader());

    public int Count => _readers.Length;
    public SourceReader this[int index] => _readers[index];

    /// <summary>The first reader that accepts the file.</summary>
    /// <exception cref="InvalidOperationException">No reader accepts it: the list lacks a catch-all (a bug).
    /// </exception>
    public SourceReader For(ParsedFile file) =>
        _readers.FirstOrDefault(r => r.Accepts(file))
        ?? throw new InvalidOperationException($"no reader accepts {file.Path}: the reader list needs a catch-all");

    /// <summary>A copy with <paramref name="reader"/> just before the first reader of type <typeparamref name="T"/>.
    /// </summary>
    public SourceReaders InsertBefore<T>(SourceReader reader) where T : SourceReader
    {
        int at = Array.FindIndex(_readers, r => r is T);
        if (at < 0) throw new ArgumentException($"no {typeof(T).Name} in the list", nameof(reader));
        return new SourceReaders([.. _readers[..at], reader, .. _readers[at..]]);
    }

    public IEnumerator<SourceReader> GetEnumerator() => ((IEnumerable<SourceReader>)_readers).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
