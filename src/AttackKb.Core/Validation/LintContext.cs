using AttackKb.Core.Attack;
using AttackKb.Core.Model;

namespace AttackKb.Core.Validation;

/// <summary>
/// What rules read: the knowledge base, its release (may be null: ATT&amp;CK checks are then skipped) and lookups.
/// </summary>
public sealed class LintContext
{
    public LintContext(KnowledgeBase kb) : this(kb, null) { }

    /// <param name="sameFiles">The context of a KB with the same file list, whose path sets are taken as they are
    /// (`serve` lints after every edit; most edits change no path).</param>
    internal LintContext(KnowledgeBase kb, LintContext? sameFiles)
    {
        Kb = kb;
        Release = kb.Release;
        if (sameFiles is not null)
        {
            (Files, Folders, FileNames) = (sameFiles.Files, sameFiles.Folders, sameFiles.FileNames);
            return;
        }
        Files = new HashSet<string>(kb.Files, StringComparer.Ordinal);
        Folders = new HashSet<string>(kb.Files.SelectMany(ParentFolders), StringComparer.OrdinalIgnoreCase);
        FileNames =
            new HashSet<string>(kb.Files.Select(f => f[(f.LastIndexOf('/') + 1)..]), StringComparer.OrdinalIgnoreCase);
    }

    public KnowledgeBase Kb { get; }
    public AttackRelease? Release { get; }
    /// <summary>Every file path the loader saw (relative, '/').</summary>
    public IReadOnlySet<string> Files { get; }
    /// <summary>Every folder path that holds a file, and each of its parents.</summary>
    public IReadOnlySet<string> Folders { get; }
    /// <summary>
    /// The file names (last path segment) of every file, case-insensitive: how Obsidian resolves [[name]].
    /// </summary>
    public IReadOnlySet<string> FileNames { get; }
    public string ReleaseName => Release?.Info.DisplayName ?? "the ATT&CK release";

    /// <summary>A technique's state for messages: known to the KB as a note, to the release, or to neither.</summary>
    public bool KnownTechnique(string id) => Kb.NotesFor(id).Count > 0 || Release?.Technique(id) is not null;

    private static IEnumerable<string> ParentFolders(string path)
    {
        for (int i = path.IndexOf('/', StringComparison.Ordinal); i >= 0; i = path.IndexOf('/', i + 1))
            yield return path[..i];
    }
}
