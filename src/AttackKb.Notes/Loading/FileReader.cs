using AttackKb.Core.Diagnostics;
using AttackKb.Notes.Dialects;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Loading;

/// <summary>
/// Reads one file: bytes → strict UTF-8 → parsed by its syntax (<see cref="ParsedFile"/>) → the first of the
/// <see cref="SourceReaders"/> that accepts it binds one model value. Every problem is a diagnostic; nothing here
/// throws on input.
/// </summary>
public static class FileReader
{
    public static LoadedFile Read(string root, string relativePath, long maxFileBytes)
    {
        var bag = new DiagnosticBag();
        try
        {
            string full = System.IO.Path.Combine(root, relativePath);
            long size = new FileInfo(full).Length;
            if (size > maxFileBytes)
            {
                bag.Report(InputDiagnostics.TooLarge, Core.Text.SourceLocation.File(relativePath), size, maxFileBytes);
                return new LoadedFile(relativePath, null, null, null, bag.Items);
            }
            return ReadBytes(relativePath, File.ReadAllBytes(full), bag);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Report(InputDiagnostics.Unreadable, Core.Text.SourceLocation.File(relativePath), e.Message);
            return new LoadedFile(relativePath, null, null, null, bag.Items);
        }
    }

    /// <summary>
    /// Reads a file's content (exposed for tests and for reading from memory) with <paramref name="readers"/>
    /// (default: <see cref="SourceReaders.Default"/>).
    /// </summary>
    public static LoadedFile ReadBytes(
        string relativePath, byte[] bytes, DiagnosticBag? diagnostics = null, SourceReaders? readers = null)
    {
        var bag = diagnostics ?? new DiagnosticBag();
        try
        {
            string? text = TextDecoder.Decode(bytes, relativePath, bag);
            var file = text is null ? null : ParsedFile.Parse(new SourceDocument(relativePath, text), bag);
            if (file is null) return new LoadedFile(relativePath, null, null, null, bag.Items);
            var value = (readers ?? SourceReaders.Default).For(file).Read(file, bag);
            if (file.Markdown is { } md)
            {
                // Every markdown file can be a link's target and can hide an unclosed fence or citation, whatever
                // its dialect.
                NoteBody.ReportUnterminated(md, bag);
                value = value.WithAnchors(NoteBody.Anchors(md));
            }
            return new LoadedFile(relativePath, value.Note, value.Detection, value.Test, bag.Items);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of ours, not of the file: say so, keep going with the other files; the CLI exits 3.
            bag.Report(InputDiagnostics.InternalError, Core.Text.SourceLocation.File(relativePath),
                $"{e.GetType().Name}: {e.Message}");
            return new LoadedFile(relativePath, null, null, null, bag.Items);
        }
    }
}
