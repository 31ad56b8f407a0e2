using AttackKb.Core.Config;
using AttackKb.Core.Ids;
using AttackKb.Core.Model;
using AttackKb.Notes.Loading;

namespace AttackKb.Notes.Import;

/// <summary>
/// A note already in the knowledge base for some ATT&amp;CK ID: its full path, KB-relative path and dialect.
/// </summary>
internal sealed record ExistingNote(string FullPath, string KbPath, string Dialect);

/// <summary>
/// What the knowledge base already holds, by ATT&amp;CK ID: technique notes in every dialect and detection notes
/// (loaded
/// with <see cref="KnowledgeBaseLoader"/>), plus files under the target named <c>&lt;ID&gt;.md</c> (import's own
/// file names), so import finds its notes even where a binder cannot read them.
/// </summary>
internal sealed class ExistingNotes
{
    private readonly Dictionary<string, List<ExistingNote>> _byId = new(StringComparer.OrdinalIgnoreCase);

    public ExistingNotes(string kbRoot, string targetRoot)
    {
        string configPath = Path.Combine(kbRoot, KbConfig.FileName);
        KbConfig config;
        try { config = File.Exists(configPath) ? KbConfig.Load(configPath) : KbConfig.Default; }
        catch (ConfigException) { config = KbConfig.Default; }

        var kb = Directory.Exists(kbRoot) ? KnowledgeBaseLoader.Load(kbRoot, config, release: null) : null;
        if (kb is not null)
        {
            foreach (var n in kb.Notes)
                if (n.AttackId is { } id) Add(id.Value, Path.Combine(kb.Root, n.Path), n.Path, n.Dialect.ToName());
            foreach (var d in kb.Detections)
                if (d.Kind == DetectionKind.DetectionNote
                    && d.Id is { } id) Add(id.Value, Path.Combine(kb.Root, d.Path), d.Path, d.Dialect.ToName());
        }

        if (!Directory.Exists(targetRoot)) return;
        var options =
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip =
                FileAttributes.ReparsePoint | FileAttributes.Hidden };
        foreach (string file in Directory.EnumerateFiles(targetRoot, "*.md", options))
        {
            string name = Path.GetFileNameWithoutExtension(file);
            string? dialect = ReleaseImporter.IsTechniqueId(name) ? SourceDialect.Canonical.ToName()
                : ReleaseImporter.IsStrategyId(name) ? SourceDialect.DetectionNote.ToName() : null;
            if (dialect is not null) Add(name, file, kb is null ? file
                : Path.GetRelativePath(kb.Root, file).Replace('\\', '/'), dialect);
        }
    }

    public IReadOnlyList<ExistingNote> For(string attackId) => _byId.TryGetValue(attackId, out var l) ? l : [];

    private void Add(string id, string fullPath, string kbPath, string dialect)
    {
        string full = Path.GetFullPath(fullPath);
        if (!_byId.TryGetValue(id, out var list)) _byId[id] = list = [];
        if (!list.Exists(e => e.FullPath == full)) list.Add(new ExistingNote(full, kbPath, dialect));
    }
}
