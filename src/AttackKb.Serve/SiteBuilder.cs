using System.Diagnostics;
using AttackKb.Core.Validation;
using AttackKb.Notes.Loading;
using AttackKb.Site;

namespace AttackKb.Serve;

/// <summary>
/// Makes the next <see cref="SiteSnapshot"/> after a change: re-reads only the files that changed (the others'
/// results are kept in a <see cref="LoadCache"/>), lints again what the change can affect
/// (<see cref="IncrementalLint"/>), plans the site from the previous plan (<see cref="SitePlan.Of"/>). Pages are
/// rendered later, when asked for. A change to the config or the pinned release reopens the source and reads
/// everything again.
/// </summary>
internal sealed class SiteBuilder(Func<ServeSource> open)
{
    // The watcher reports every change (or "everything", which reopens and clears the cache).
    private readonly LoadCache _cache = new(toldOfEveryChange: true);
    private IncrementalLint _lint = new();
    private ServeSource? _source;
    private IReadOnlyList<string> _files = [];

    public SiteSnapshot? Current { get; private set; }

    /// <summary>What the last build did, for the log line; <c>Unchanged</c>: no KB file changed (an editor's swap
    /// file, a file the config does not include), so the current snapshot stays.</summary>
    public record Outcome(TimeSpan Elapsed, int FilesRead, bool Reopened, bool Unchanged = false)
    {
        /// <summary>How many files lint checked again (the others' findings were kept).</summary>
        public int FilesLinted { get; init; }

        /// <summary>Where the time went: reading files, linting, planning the site (lint and plan overlap).</summary>
        public (TimeSpan Read, TimeSpan Lint, TimeSpan Plan) Stages { get; init; }
    }

    public ServeSource Source => _source ??= open();

    public Outcome Build(ChangeSet changes)
    {
        var clock = Stopwatch.StartNew();
        bool reopen = _source is null || changes.Everything || changes.Touches(_source.RebuildAllFiles);
        if (reopen)
        {
            _source = open();   // throws on a bad config or release: the caller keeps the current snapshot
            _cache.Clear();
            _lint = new IncrementalLint();
        }
        else foreach (var path in changes.RelativeTo(_source!.Root)) _cache.Forget(path);
        var source = _source!;
        var kb = KnowledgeBaseLoader.Load(source.Root, source.Config, release: null, _cache);
        if (source.Release is { } release) kb = kb.WithRelease(release);
        if (!reopen && _cache.LastReadCount == 0 && kb.Files.SequenceEqual(_files, StringComparer.Ordinal))
            return new Outcome(clock.Elapsed, 0, Reopened: false, Unchanged: true);
        _files = kb.Files;
        var read = clock.Elapsed;
        // Lint and the site's map only read the KB: they run side by side.
        var lint = Task.Run(() =>
        {
            var result = _lint.Run(kb, new LintOptions(source.Config.Severity));
            return (result, clock.Elapsed - read);
        });
        // After a reopen the release is another object: nothing of the previous plan fits.
        var plan = SitePlan.Of(kb, source.SiteOptions, Current?.Plan);
        var planned = clock.Elapsed - read;
        var (lintResult, linted) = lint.GetAwaiter().GetResult();
        Current = new SiteSnapshot(plan, lintResult.Diagnostics, kb.LeftOut, Current);
        return new Outcome(clock.Elapsed, _cache.LastReadCount, reopen)
        {
            Stages = (read, linted, planned),
            FilesLinted = _lint.FilesChecked,
        };
    }
}
