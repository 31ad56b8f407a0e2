using System.Buffers;
using System.Text;
using System.Text.Unicode;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Text;

namespace AttackKb.Notes.Reading;

/// <summary>
/// Strict UTF-8 decoding of a file's bytes. Invalid UTF-8, UTF-16 and binary files become located diagnostics, never
/// replacement characters silently written into the model.
/// </summary>
public static class TextDecoder
{
    /// <summary>
    /// Decodes <paramref name="bytes"/>; returns null (with a diagnostic in <paramref name="bag"/>) when it cannot.
    /// </summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string path, DiagnosticBag bag)
    {
        var whole = SourceLocation.File(path);
        if (bytes.Length == 0)
        {
            bag.Report(InputDiagnostics.Empty, whole, "is empty");
            return "";
        }
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            bag.Report(InputDiagnostics.Utf16, whole, bytes[0] == 0xFF ? "little-endian byte-order mark"
                : "big-endian byte-order mark");
            return null;
        }
        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            // UTF-16 without a BOM shows as NULs between ASCII letters; name it so the user knows what to do.
            if (LooksLikeBomlessUtf16(bytes)) bag.Report(InputDiagnostics.Utf16, whole,
                "no byte-order mark, NUL bytes between characters");
            else
            {
                var content = WithoutBom(bytes);
                bag.Report(InputDiagnostics.Binary, Locate(content, content.IndexOf((byte)0), path));
            }
            return null;
        }
        bytes = WithoutBom(bytes);

        char[] buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out int read, out int written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                int offset = read;
                bag.Report(InputDiagnostics.InvalidUtf8, Locate(bytes, offset, path),
                    bytes[Math.Min(offset, bytes.Length - 1)], offset);
                return null;
            }
            string text = new(buffer, 0, written);
            if (string.IsNullOrWhiteSpace(text)) bag.Report(InputDiagnostics.Empty, whole, "holds only whitespace");
            return text;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Line and column of a bad byte, counted in the text before it (invalid UTF-8 counts as one).</summary>
    private static SourceLocation Locate(ReadOnlySpan<byte> bytes, int offset, string path)
    {
        var before = Encoding.UTF8.GetString(bytes[..offset]);
        var (line, column) = new LineMap(before).Position(before.Length);
        return new SourceLocation(path, line, column);
    }

    private static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;

    private static bool LooksLikeBomlessUtf16(ReadOnlySpan<byte> bytes)
    {
        int pairs = Math.Min(bytes.Length / 2, 64), zeros = 0;
        for (int i = 0; i < pairs; i++)
            if (bytes[2 * i] == 0 || bytes[2 * i + 1] == 0) zeros++;
        return pairs >= 4 && zeros * 10 >= pairs * 9;
    }
}
