using AttackKb.Core.Model;
using AttackKb.Notes.Loading;

namespace AttackKb.Notes.Tests.Loading;

/// <summary>
/// The load cache `serve` keeps between rebuilds. Told of every change (the watcher reports each changed path), it
/// trusts what it was not told of: no time stamps are read and the folder tree is walked again only when a reported
/// path can have changed the file list. An editor's temporary file cannot.
/// </summary>
public sealed class LoadCacheTests : IDisposable
{
    private readonly string _root = RepoPaths.CopyFolder(RepoPaths.Data, RepoPaths.TempFolder("load-cache"));
    private const string NotePath = "notes/credential-access/T1649.md";

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private KnowledgeBase Load(LoadCache cache) =>
        KnowledgeBaseLoader.Load(_root, TestKnowledgeBases.ConfigOf(_root), release: null, cache);

    private Note NoteAt(KnowledgeBase kb) => kb.Notes.Single(n => n.Path == NotePath);

    [Fact]
    public void Told_of_every_change_it_reads_again_only_the_files_it_is_told_of()
    {
        var cache = new LoadCache(toldOfEveryChange: true);
        var first = NoteAt(Load(cache));
        File.AppendAllText(Path.Combine(_root, NotePath), "\nAppended.\n");

        Assert.Same(first, NoteAt(Load(cache)));   // not told: kept as it was read
        Assert.Equal(0, cache.LastReadCount);

        cache.Forget(NotePath);
        Assert.NotSame(first, NoteAt(Load(cache)));
        Assert.Equal(1, cache.LastReadCount);
    }

    [Fact]
    public void Without_reports_it_reads_again_a_file_whose_size_changed()
    {
        var cache = new LoadCache();
        var first = NoteAt(Load(cache));
        File.AppendAllText(Path.Combine(_root, NotePath), "\nAppended.\n");

        Assert.NotSame(first, NoteAt(Load(cache)));
        Assert.Equal(1, cache.LastReadCount);
    }

    [Fact]
    public void A_reported_file_the_config_does_not_include_keeps_the_file_list_and_an_included_one_does_not()
    {
        var cache = new LoadCache(toldOfEveryChange: true);
        int files = Load(cache).Files.Count;
        // A note nobody reported: only a walk of the folder tree finds it.
        File.WriteAllText(Path.Combine(_root, "notes", "unreported.md"), "# Unreported\n");
        string temporary = NotePath + ".swp";
        File.WriteAllText(Path.Combine(_root, temporary), "an editor's swap file");

        cache.Forget(temporary);
        Assert.Equal(files, Load(cache).Files.Count);

        cache.Forget("notes/reported.md");
        File.WriteAllText(Path.Combine(_root, "notes", "reported.md"), "# Reported\n");
        var walked = Load(cache).Files;
        Assert.Contains("notes/reported.md", walked);
        Assert.Contains("notes/unreported.md", walked);
    }
}
