using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace AttackKb.Site.Output;

/// <summary>
/// Writes the site's files under one folder. Every relative path is resolved and checked to stay inside that folder
/// (so neither an ID nor a bug can write elsewhere), written once (a second write of the same path is a bug), as UTF-8
/// without BOM. Thread-safe: pages are rendered and written in parallel.
/// </summary>
internal sealed class SiteOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _root;
    private readonly ConcurrentDictionary<string, long> _written = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    public SiteOutput(string root)
    {
        _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        Directory.CreateDirectory(_root);
    }

    /// <summary>Relative path → size in bytes of everything written so far.</summary>
    public IReadOnlyDictionary<string, long> Written => _written;

    /// <summary>
    /// Writes text as UTF-8 encoded into a pooled buffer: a page's bytes are needed only until they are written, and a
    /// new array per page (thousands, some past the large-object threshold) was a fifth of the site's allocations.
    /// </summary>
    public void WriteText(string relative, string text)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            int length = Utf8.GetBytes(text, buffer);
            WriteBytes(relative, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void WriteBytes(string relative, byte[] bytes) => WriteBytes(relative, bytes.AsSpan());

    private void WriteBytes(string relative, ReadOnlySpan<byte> bytes)
    {
        string full = Resolve(relative);
        // Case-insensitive: two IDs differing only in case would overwrite each other on Windows or macOS.
        if (!_written.TryAdd(relative, bytes.Length))
            throw new InvalidOperationException($"site file written twice: {relative}");
        // Thousands of small files: one mkdir per folder, and one open + write + close per file (no FileStream).
        // GetOrAdd returns only after some thread's factory has created the folder.
        _folders.GetOrAdd(Path.GetDirectoryName(full)!, folder => Directory.CreateDirectory(folder).Exists);
        using var handle = File.OpenHandle(full, FileMode.Create, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, bytes, 0);
    }

    private string Resolve(string relative)
    {
        if (relative.Length == 0 || Path.IsPathRooted(relative)
            || relative.Contains('\\', StringComparison.Ordinal) || relative.Contains(':', StringComparison.Ordinal))
            throw new InvalidOperationException($"invalid site path: {relative}");
        string full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"site path escapes the output folder: {relative}");
        return full;
    }
}
