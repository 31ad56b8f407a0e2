namespace AttackKb.Serve.Tests;

/// <summary>
/// Random edits an analyst (or an editor, or git) makes to a KB folder: change a description, add a note, delete
/// one, rename one, save atomically (write a temporary file, rename it over the note), break a note's YAML, fix it,
/// move a whole folder of notes (the watcher then reports the folder, not its files).
/// Every edit is chosen from a seeded <see cref="Random"/>, so a failing sequence can be replayed from its seed.
/// </summary>
public sealed class EditSequences(string root, int seed)
{
    private readonly Random _random = new(seed);
    private readonly Dictionary<string, string> _broken = new(StringComparer.Ordinal);
    private int _step;

    public static readonly string[] Kinds =
        ["describe", "add", "delete", "rename", "atomic-save", "break-yaml", "fix-yaml", "move-folder"];

    /// <summary>Makes one random edit; returns what it did (for the failure message).</summary>
    public string Next()
    {
        _step++;
        string kind = Kinds[_random.Next(Kinds.Length)];
        if (kind == "fix-yaml" && _broken.Count == 0) kind = "describe";
        var notes = Notes();
        string note = notes[_random.Next(notes.Count)];
        string relative = Path.GetRelativePath(root, note);
        switch (kind)
        {
            case "describe":
                File.WriteAllText(note, Described(File.ReadAllText(note)));
                break;
            case "add":
                string added = Path.Combine(root, "notes", "added", $"copy-{seed}-{_step}.md");
                Directory.CreateDirectory(Path.GetDirectoryName(added)!);
                File.WriteAllText(added, Described(File.ReadAllText(note)));
                relative = Path.GetRelativePath(root, added) + " (from " + relative + ")";
                break;
            case "delete":
                if (notes.Count < 5) { kind = "describe"; goto case "describe"; }
                File.Delete(note);
                break;
            case "rename":
                string target = Path.Combine(root, "notes", "renamed", $"r{seed}-{_step}-" + Path.GetFileName(note));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(note, target);
                relative += " -> " + Path.GetRelativePath(root, target);
                break;
            case "atomic-save":
                string temporary = note + ".tmp~";
                File.WriteAllText(temporary, Described(File.ReadAllText(note)));
                File.Move(temporary, note, overwrite: true);
                break;
            case "break-yaml":
                string text = File.ReadAllText(note);
                if (!text.StartsWith("---\n", StringComparison.Ordinal)) { kind = "describe"; goto case "describe"; }
                _broken.TryAdd(note, text);
                File.WriteAllText(note, "---\ntactics: [unclosed\n" + text[4..]);
                break;
            case "move-folder":
                // A folder below notes/ (notes/ and vault/ themselves stay: the sequence picks its notes there).
                string folder = Path.GetDirectoryName(note)!;
                string notesFolder = Path.Combine(root, "notes") + Path.DirectorySeparatorChar;
                if (!folder.StartsWith(notesFolder, StringComparison.Ordinal)
                    || _broken.Keys.Any(p => p.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                    { kind = "describe"; goto case "describe"; }
                string moved = Path.Combine(root, "notes", $"moved-{seed}-{_step}");
                Directory.Move(folder, moved);
                relative = Path.GetRelativePath(root, folder) + "/ -> " + Path.GetRelativePath(root, moved) + "/";
                break;
            case "fix-yaml":
                var (path, good) = _broken.First();
                _broken.Remove(path);
                if (File.Exists(path)) File.WriteAllText(path, good);
                relative = Path.GetRelativePath(root, path);
                break;
        }
        return $"{kind} {relative}";
    }

    private List<string> Notes() =>
        Directory.EnumerateFiles(Path.Combine(root, "notes"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "vault"), "*.md", SearchOption.AllDirectories))
            .Where(p => !_broken.ContainsKey(p))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>The note with one more sentence under its Description heading (or at its end).</summary>
    private string Described(string text)
    {
        string sentence = $"\nEdited in step {_step} of sequence {seed}: <b>bold?</b> & more.\n";
        int heading = text.IndexOf("Description\n", StringComparison.Ordinal);
        return heading < 0 ? text + sentence : text.Insert(heading + "Description\n".Length, sentence);
    }
}
