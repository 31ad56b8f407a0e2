using System.Text;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Ids;
using AttackKb.Core.IO;
using AttackKb.Core.Text;

namespace AttackKb.Notes.Fixing;

/// <summary>
/// Applies edits to files under a root: each edit must find its old text at its location (else it is skipped, so a
/// stale plan never corrupts a file), edits apply from the end of a file backwards, each file is written atomically
/// (a symbolic link keeps pointing at its target, which is what gets written), unchanged files are not touched, and
/// no path may leave the root. A file that cannot be read or written is a diagnostic (AKB7210) and the other files
/// are still fixed: nothing here throws on input or on the file system.
/// </summary>
public static class FixApplier
{
    public static IReadOnlyList<TextEdit> Apply(string root, IReadOnlyList<TextEdit> edits, DiagnosticBag bag)
    {
        string fullRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var applied = new List<TextEdit>();
        foreach (var file in edits.GroupBy(e => e.Location.Path, StringComparer.Ordinal))
        {
            try { applied.AddRange(ApplyToFile(fullRoot, file.Key, file)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                bag.Report(ImportDiagnostics.FixNotWritten, SourceLocation.File(file.Key), Reason(e));
            }
        }
        return applied.OrderBy(e => e.Location).ToArray();
    }

    /// <summary>
    /// The edits applied to one file (none when it is outside the root or nothing changes); throws on I/O.
    /// </summary>
    private static IReadOnlyList<TextEdit> ApplyToFile(string fullRoot, string relative, IEnumerable<TextEdit> edits)
    {
        string path = Path.GetFullPath(Path.Combine(fullRoot, relative));
        if (!path.StartsWith(fullRoot, StringComparison.Ordinal)) return [];
        string target = AtomicFileWriter.FinalTarget(path);
        if (!target.StartsWith(fullRoot, StringComparison.Ordinal))
            throw new IOException("it is a symbolic link to a file outside the knowledge base");
        byte[] bytes = File.ReadAllBytes(target);
        bool bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        string text = new UTF8Encoding(false, true).GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
        var lines = new LineMap(text);
        string updated = text;
        var applied = new List<TextEdit>();
        foreach (var edit in edits.OrderByDescending(e => e.Location))
        {
            if (edit.Location.Line < 1 || edit.Location.Line > lines.LineCount) continue;
            int offset = lines.LineStart(edit.Location.Line) + edit.Location.Column - 1;
            if (Resolve(updated, offset, edit) is not (int at, string old)) continue;
            if (old == edit.NewText) continue;
            updated = string.Concat(updated.AsSpan(0, at), edit.NewText, updated.AsSpan(at + old.Length));
            applied.Add(edit with { OldText = old });
        }
        if (updated == text) return [];
        AtomicFileWriter.Write(target,
            new UTF8Encoding(bom).GetPreamble().Concat(Encoding.UTF8.GetBytes(updated)).ToArray());
        return applied;
    }

    /// <summary>Why a file was left alone, in our words (the system's message names the path and the cause).</summary>
    private static string Reason(Exception e) => e switch
    {
        DecoderFallbackException => "it is not valid UTF-8",
        UnauthorizedAccessException => "permission denied (the file or its folder is not writable)",
        _ => e.Message,
    };

    /// <summary>
    /// Where the old text stands: at the location, after an opening quote, or (links) later on the same line.
    /// </summary>
    private static (int, string)? Resolve(string text, int offset, TextEdit edit)
    {
        if (offset < 0 || offset >= text.Length) return null;
        if (edit.OldText.Length == 0) return TechniqueSpelling(text, offset);
        foreach (int at in new[] { offset, offset + 1 })
            if (at + edit.OldText.Length <= text.Length
                && string.CompareOrdinal(text, at, edit.OldText, 0, edit.OldText.Length) == 0)
                return (at, edit.OldText);
        int lineEnd = text.IndexOfAny(['\r', '\n'], offset);
        int found =
            text.IndexOf(edit.OldText, offset, (lineEnd < 0 ? text.Length : lineEnd) - offset,
                StringComparison.Ordinal);
        return found >= 0 ? (found, edit.OldText) : null;
    }

    /// <summary>
    /// The technique ID as written at the offset (T1587_003, t1587/003…), when it normalises to a canonical ID.
    /// </summary>
    private static (int, string)? TechniqueSpelling(string text, int offset)
    {
        int start = offset < text.Length && text[offset] is '\'' or '"' ? offset + 1 : offset;
        int end = start;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '_' or '/')) end++;
        string written = text[start..end];
        return AttackId.NormalizeTechnique(written) is not null ? (start, written) : null;
    }
}
