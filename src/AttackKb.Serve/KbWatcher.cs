namespace AttackKb.Serve;

/// <summary>
/// Watches the KB folder (and the config or release when they live elsewhere) and hands over the changed paths in
/// batches: a batch closes once no event came for <see cref="Quiet"/>, or at the latest <see cref="MaxWait"/> after
/// its first event, so an editor's atomic save (write a temporary file, rename it over the note) or a `git checkout`
/// of another branch (hundreds of events) makes one rebuild, not hundreds. A lost event stream (buffer overflow)
/// becomes "everything changed".
/// </summary>
internal sealed class KbWatcher : IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(20);
    public static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(500);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly object _gate = new();
    private readonly SemaphoreSlim _signal = new(0);
    private HashSet<string> _pending = new(StringComparer.Ordinal);
    private bool _everything;
    private DateTime _first, _last;
    private long _events;

    /// <summary>Events seen since start (tests wait for them to settle).</summary>
    public long Events => Interlocked.Read(ref _events);

    /// <summary>Changes seen and not yet handed over in a batch.</summary>
    public int Pending { get { lock (_gate) return _pending.Count + (_everything ? 1 : 0); } }

    private readonly string _git;

    public KbWatcher(string root, IEnumerable<string> otherFiles)
    {
        string prefix = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        _git = prefix + ".git";
        Add(new FileSystemWatcher(root) { IncludeSubdirectories = true });
        foreach (var file in otherFiles.Where(f => !f.StartsWith(prefix, StringComparison.Ordinal)))
            if (Path.GetDirectoryName(file) is { } folder && Directory.Exists(folder))
                Add(new FileSystemWatcher(folder, Path.GetFileName(file)));
    }

    private void Add(FileSystemWatcher watcher)
    {
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite
            | NotifyFilters.Size;
        watcher.InternalBufferSize = 64 * 1024;
        watcher.Changed += (_, e) => Touch(e.FullPath);
        watcher.Created += (_, e) => Touch(e.FullPath);
        watcher.Deleted += (_, e) => Touch(e.FullPath);
        watcher.Renamed += (_, e) => { Touch(e.OldFullPath); Touch(e.FullPath); };
        watcher.Error += (_, _) => { lock (_gate) _everything = true; Touch(null); };
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Touch(string? path)
    {
        // git rewrites its own files on every `git status`; the checkout's changes to notes come as their own events.
        if (path is not null && path.StartsWith(_git, StringComparison.Ordinal)
            && (path.Length == _git.Length || path[_git.Length] == Path.DirectorySeparatorChar))
            return;
        Interlocked.Increment(ref _events);
        lock (_gate)
        {
            var now = DateTime.UtcNow;
            bool idle = _pending.Count == 0 && !_everything;
            if (path is not null) _pending.Add(path);
            if (idle) _first = now;
            _last = now;
        }
        _signal.Release();
    }

    /// <summary>Waits for the next batch of changes (never an empty one).</summary>
    public async Task<ChangeSet> NextAsync(CancellationToken cancel)
    {
        while (true)
        {
            await _signal.WaitAsync(cancel).ConfigureAwait(false);
            while (true)
            {
                TimeSpan wait;
                lock (_gate)
                {
                    var now = DateTime.UtcNow;
                    var quietLeft = _last + Quiet - now;
                    var maxLeft = _first + MaxWait - now;
                    wait = quietLeft < maxLeft ? quietLeft : maxLeft;
                    if (wait <= TimeSpan.Zero)
                    {
                        if (_pending.Count == 0 && !_everything) break;
                        var batch = new ChangeSet(_pending, _everything);
                        _pending = new(StringComparer.Ordinal);
                        _everything = false;
                        while (_signal.CurrentCount > 0) _signal.Wait(0);
                        return batch;
                    }
                }
                await Task.Delay(wait, cancel).ConfigureAwait(false);
            }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _signal.Dispose();
    }
}
