using System.Collections.Concurrent;

namespace AttackKb.Notes.Loading;

/// <summary>
/// What each file yielded the last time it was read, for a caller that loads the same KB again and again (`serve`):
/// a file is read again only when its size or last write time changed or the caller says it changed. A file's result
/// depends on its bytes alone (one file never affects another), so a kept result equals a fresh read.
/// </summary>
/// <param name="toldOfEveryChange">The caller reports every changed path through <see cref="Forget"/> (a file
/// watcher does) and loads with the same config each time (else it clears the cache): the next load then keeps the
/// last load's file list, instead of walking the folder tree again, when no reported path can have changed it, and
/// takes every file not reported from the cache without looking at its time stamp.</param>
public sealed class LoadCache(bool toldOfEveryChange = false)
{
    private readonly ConcurrentDictionary<string, (long Length, DateTime Written, LoadedFile File)> _files =
        new(StringComparer.Ordinal);
    private IReadOnlyList<string>? _fileList;
    // Paths reported since the last load, each with whether it was a file of that load; and whether one of them was a
    // folder holding such files.
    private readonly List<(string Path, bool WasListed)> _reported = [];
    private bool _folderReported;

    /// <summary>Files read (not taken from the cache) by the last load.</summary>
    public int LastReadCount { get; private set; }

    /// <summary>
    /// Forgets a file or a folder's files (KB-relative path with '/'): the next load reads them whatever their time
    /// stamps say.
    /// </summary>
    public void Forget(string relativePath)
    {
        // After a load the cache holds exactly the loaded files, so what it drops here says what the path was.
        _reported.Add((relativePath, _files.TryRemove(relativePath, out _)));
        string folder = relativePath + "/";
        foreach (var path in _files.Keys)
            if (path.StartsWith(folder, StringComparison.Ordinal) && _files.TryRemove(path, out _))
                _folderReported = true;
    }

    /// <summary>Forgets every file.</summary>
    public void Clear()
    {
        _files.Clear();
        _fileList = null;
    }

    /// <summary>
    /// The last load's file list, if the paths reported since cannot have changed it: each one is still a listed
    /// file, still no file, or a file the config does not include (an editor's temporary file); and is no folder (a
    /// folder renamed or deleted takes its files with it) and no symbolic link (the loader follows none out of the
    /// KB). Null: walk the folder tree.
    /// </summary>
    /// <param name="included">Whether the config includes a KB-relative path.</param>
    internal IReadOnlyList<string>? FileListIfUnchanged(string fullRoot, Func<string, bool> included)
    {
        if (!toldOfEveryChange || _fileList is null || _folderReported) return null;
        foreach (var (path, wasListed) in _reported)
        {
            string full = Path.Combine(fullRoot, path);
            var info = new FileInfo(full);
            if (info.LinkTarget is not null || Directory.Exists(full)) return null;
            if (info.Exists != wasListed && (wasListed || included(path))) return null;
        }
        return _fileList;
    }

    internal void Remember(IReadOnlyList<string> fileList)
    {
        _fileList = fileList;
        _reported.Clear();
        _folderReported = false;
    }

    internal LoadedFile[] Read(string fullRoot, IReadOnlyList<string> files, long maxFileBytes)
    {
        var results = new LoadedFile[files.Count];
        var toRead = new List<int>();
        for (int i = 0; i < files.Count; i++)
        {
            // Told of every change, a kept file that was not forgotten is unchanged: no need to ask the file system
            // (and after a one-note edit no need for threads to look up the others).
            if (toldOfEveryChange && _files.TryGetValue(files[i], out var known)) results[i] = known.File;
            else toRead.Add(i);
        }
        int read = 0;
        void ReadOne(int i)
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
        }
        if (toRead.Count == 1) ReadOne(toRead[0]);   // one edited note: no threads to wake
        else Parallel.ForEach(toRead, ReadOne);
        // Files gone from the KB are dropped, so a long session keeps only what the KB holds now. (Every listed file
        // is kept now: when the cache holds as many, it holds no other.)
        if (_files.Count != files.Count)
        {
            var present = files.ToHashSet(StringComparer.Ordinal);
            foreach (var path in _files.Keys)
                if (!present.Contains(path)) _files.TryRemove(path, out _);
        }
        LastReadCount = read;
        return results;
    }
}
