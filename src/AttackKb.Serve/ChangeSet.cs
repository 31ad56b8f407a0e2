namespace AttackKb.Serve;

/// <summary>
/// The files that changed since the last build (full paths, as the watcher saw them), or "everything" when the
/// watcher lost track (its buffer overflowed) or at start.
/// </summary>
internal sealed record ChangeSet(IReadOnlySet<string> Paths, bool Everything)
{
    public static ChangeSet All { get; } = new(new HashSet<string>(), Everything: true);

    public bool Touches(IReadOnlyList<string> files) => files.Any(Paths.Contains);

    /// <summary>The changed paths inside <paramref name="root"/>, KB-relative with '/' (as the loader names files).
    /// </summary>
    public IEnumerable<string> RelativeTo(string root) =>
        Paths.Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Where(p => p != "." && !p.StartsWith("../", StringComparison.Ordinal) && p != "..");
}
