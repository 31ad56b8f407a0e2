namespace AttackKb.Core.Model;

/// <summary>
/// Answers dialect-B <see cref="TagQuery"/> blocks the way Obsidian would, as relationship hints only (nothing is
/// executed): an item matches when it carries every tag of the query — case-insensitively, a tag <c>a</c> also
/// matching Obsidian's nested <c>a/b</c> but never <c>a_b</c> — and, for a dataview <c>FROM "folder"</c>, lies under
/// that folder of the querying note's own vault. Without <c>.obsidian/</c> to mark a vault, the vault root is the
/// nearest folder above the note that holds the queried folder, so two vaults in one knowledge base stay apart.
/// Built once; each query costs the size of its first tag's list.
/// </summary>
internal sealed class TagQueryIndex<T> where T : class
{
    private readonly Dictionary<string, List<T>> _byTag = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<T, HashSet<string>> _tagsOf = new(ReferenceEqualityComparer.Instance);
    private readonly Func<T, string> _path;
    private readonly FolderSet _folders;

    public TagQueryIndex(IEnumerable<T> items, Func<T, IEnumerable<string>> tags, Func<T, string> path,
        FolderSet folders)
    {
        _path = path;
        _folders = folders;
        foreach (var item in items)
        {
            var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string raw in tags(item))
                foreach (string tag in WithParents(Clean(raw)))
                    if (tag.Length > 0 && set.Add(tag)) Get(tag).Add(item);
            _tagsOf[item] = set;
        }
    }

    /// <summary>
    /// The items a query from the note at <paramref name="notePath"/> lists; empty when it names no tag about a
    /// subject.
    /// </summary>
    public IEnumerable<T> Match(TagQuery query, string notePath)
    {
        var tags = query.Tags.Select(Clean).Where(t => t.Length > 0).ToArray();
        // "tag: detection_rule" alone is an index, not a link to the note's technique
        if (!tags.Any(t => !IsKindTag(t))) return [];
        if (!_byTag.TryGetValue(tags[0], out var candidates)) return [];
        string? scope = null;
        if (query.Folder is { } folder && (scope = _folders.NearestAbove(notePath, folder)) is null) return [];
        return candidates.Where(item =>
            tags.All(_tagsOf[item].Contains) &&
            (scope is null || _path(item).StartsWith(scope + "/", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Tags that say what a note is, not what it is about.</summary>
    public static bool IsKindTag(string tag) =>
        tag.Equals("detection_rule", StringComparison.OrdinalIgnoreCase)
            || tag.Equals("atomic_test", StringComparison.OrdinalIgnoreCase);

    private static string Clean(string tag) => tag.Trim().TrimStart('#');

    /// <summary>Obsidian nested tags: <c>a/b/c</c> is also tagged <c>a/b</c> and <c>a</c>.</summary>
    private static IEnumerable<string> WithParents(string tag)
    {
        yield return tag;
        for (int i = tag.LastIndexOf('/'); i > 0; i = tag.LastIndexOf('/', i - 1)) yield return tag[..i];
    }

    private List<T> Get(string tag)
    {
        if (!_byTag.TryGetValue(tag, out var list)) _byTag[tag] = list = [];
        return list;
    }
}

/// <summary>
/// Every folder of the knowledge base (ancestors of its files), for resolving a dataview folder in a vault.
/// </summary>
internal sealed class FolderSet
{
    private readonly HashSet<string> _folders = new(StringComparer.OrdinalIgnoreCase);

    public FolderSet(IEnumerable<string> filePaths)
    {
        foreach (string path in filePaths)
            for (int i = path.LastIndexOf('/'); i > 0 && _folders.Add(path[..i]); i = path.LastIndexOf('/', i - 1)) { }
    }

    /// <summary>
    /// <c>&lt;ancestor&gt;/&lt;folder&gt;</c> for the nearest ancestor folder of <paramref name="notePath"/> (the
    /// note's own folder first, the knowledge-base root last) under which <paramref name="folder"/> exists; null if
    /// none does.
    /// </summary>
    public string? NearestAbove(string notePath, string folder)
    {
        string f = folder.Trim().Trim('/');
        if (f.Length == 0) return null;
        string dir = notePath;
        while (true)
        {
            int slash = dir.LastIndexOf('/');
            dir = slash < 0 ? "" : dir[..slash];
            string candidate = dir.Length == 0 ? f : dir + "/" + f;
            if (_folders.Contains(candidate)) return candidate;
            if (dir.Length == 0) return null;
        }
    }
}
