namespace AttackKb.Core.Model;

/// <summary>
/// How one state of a knowledge base differs from the state before it (`serve`, after an edit), for lint to check
/// again only what the change affects (LintRun.Next). Files are told apart by their model objects: the loader hands
/// an unchanged file's object on to the next state (LoadCache), so a changed, added or removed file is one whose
/// object is not in both.
/// </summary>
internal sealed class KbChange
{
    private KbChange(KnowledgeBase before, KnowledgeBase after)
    {
        var was = Files(before).ToArray();
        var now = Files(after).ToArray();
        var wasModels = was.Select(f => f.Model).ToHashSet(ReferenceEqualityComparer.Instance);
        var nowModels = now.Select(f => f.Model).ToHashSet(ReferenceEqualityComparer.Instance);
        Came = now.Where(f => !wasModels.Contains(f.Model)).ToArray();
        Gone = was.Where(f => !nowModels.Contains(f.Model)).ToArray();
        OthersUnaffected = after.SameFilesAndRelease(before) && FileExports.Same(Gone, Came);
    }

    public static KbChange Between(KnowledgeBase before, KnowledgeBase after) => new(before, after);

    /// <summary>The notes, detections and tests of the state before that the new state no longer has as such.
    /// </summary>
    public IReadOnlyList<(object Model, string Path)> Gone { get; }

    /// <summary>The notes, detections and tests that are new in this state (a changed file's new model).</summary>
    public IReadOnlyList<(object Model, string Path)> Came { get; }

    /// <summary>
    /// True when no file other than the changed ones can read anything different: the same release, the same file
    /// list, and every changed file exports what it exported before (<see cref="FileExports"/>).
    /// </summary>
    public bool OthersUnaffected { get; }

    /// <summary>The KB's notes, detections and tests with their paths, in KB order.</summary>
    public static IEnumerable<(object Model, string Path)> Files(KnowledgeBase kb) =>
        kb.Notes.Select(n => ((object)n, n.Path))
            .Concat(kb.Detections.Select(d => ((object)d, d.Path)))
            .Concat(kb.Tests.Select(t => ((object)t, t.Path)));
}
