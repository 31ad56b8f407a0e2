using System.Collections.Concurrent;

namespace AttackKb.Notes.Loading;

/// <summary>
/// What each file yielded the last time it was read, for a caller that loads the same KB again and again (`serve`):
/// a file is read again only when its size or last write time changed or the caller says it changed. A file's result
/// depends on its bytes alone (one file never affects another), so a kept result equals a fresh read.
/// </summary>
public sealed class LoadCache
{
    private readonly ConcurrentDictionary<string, (long Length, DateTime Written, LoadedFile File)> _files =
        new(StringComparer.Ordinal);

    /// <summary>Files read (not taken from the cache) by the last load.</summary>
    public int LastReadCount { get; private set; }

    /// <summary>
    /// Forgets a file or a folder's files (KB-relative path with '/'): the next load reads them whatever their time
    /// stamps say.
    /// </summary>
    public void Forget(string relativePath)
    {
        _files.TryRemove(relativePath, out _);
        string folder = relativePath + "/";
        foreach (var path in _files.Keys)
            if (path.StartsWith(folder, StringComparison.Ordinal)) _files.TryRemove(path, out _);
    }

    /// <summary>Forgets every file.</summary>
    public void Clear() => _files.Clear();

    internal LoadedFile[] Read(string fullRoot, IReadOnlyList<string> files, long maxFileBytes)
    {
        var results = new LoadedFile[files.Count];
        int read = 0;
        Parallel.For(0, files.Count, i =>
        {
            var info = new FileInfo(Path.Combine(fullRoot, files[i]));
            long length = info.Exists ? info.Length : -1;
            DateTime written = info.Exists ? info.LastWriteTimeUtc : default;
            if (_files.TryGetValue(files[i], out var kept) && kept.Length == length && kept.Written == written)
            {
                results[i] = kept.File;
                return;
            }
            results[i] = FileReader.Read(fullRoot, files[i], maxFileBytes);
            _files[files[i]] = (length, written, results[i]);
            Interlocked.Increment(ref read);
        });
        // Files gone from the KB are dropped, so a long session keeps only what the KB holds now.
        var present = files.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _files.Keys)
            if (!present.Contains(path)) _files.TryRemove(path, out _);
        LastReadCount = read;
        return results;
    }
}
