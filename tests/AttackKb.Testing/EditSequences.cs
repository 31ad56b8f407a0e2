using System.Text.RegularExpressions;

namespace AttackKb.Testing;

/// <summary>
/// Random edits an analyst (or an editor, or git) makes to a copy of data/: change a description, add a note, delete
/// one, rename one, save atomically (write a temporary file, rename it over the note), break a note's YAML, fix it,
/// move a whole folder of notes (the watcher then reports the folder, not its files); and edits that change what
/// other files see of a file: rename a heading (links to it break), add a link to another note's heading, map a
/// detection to another technique, change a detection's id (the notes naming it lose it).
/// Every edit is chosen from a seeded <see cref="Random"/>, so a failing sequence can be replayed from its seed.
/// </summary>
public sealed class EditSequences(string root, int seed)
{
    private readonly Random _random = new(seed);
    private readonly Dictionary<string, string> _broken = new(StringComparer.Ordinal);
    private int _step;

    public static readonly string[] Kinds =
    [
        "describe", "add", "delete", "rename", "atomic-save", "break-yaml", "fix-yaml", "move-folder",
        "retitle", "link", "retag", "rename-id",
    ];

    private static readonly string[] OtherTechniques = ["T1649", "T1588.004", "T1552.004", "T1553.002"];

    /// <summary>The kinds of edit that these sequences make (each on its own copy of data/), in ordinal order.
    /// </summary>
    public static IReadOnlyList<string> KindsMade(IEnumerable<int> seeds, int steps)
    {
        var made = new SortedSet<string>(StringComparer.Ordinal);
        foreach (int seed in seeds)
        {
            string copy = RepoPaths.CopyFolder(RepoPaths.Data, RepoPaths.TempFolder("edit-kinds"));
            try
            {
                var edits = new EditSequences(copy, seed);
                for (int step = 0; step < steps; step++) made.Add(edits.Next().Split(' ')[0]);
            }
            finally { Directory.Delete(copy, recursive: true); }
        }
        return [.. made];
    }

    /// <summary>Makes one random edit; returns what it did (for the failure message).</summary>
    public string Next()
    {
        _step++;
        string kind = Kinds[_random.Next(Kinds.Length)];
        if (kind == "fix-yaml" && _broken.Count == 0) kind = "describe";
        // A broken note is soon fixed, as an analyst would (and so that short sequences fix one too).
        if (_broken.Count > 0 && _random.Next(3) == 0) kind = "fix-yaml";
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
            case "retitle":
                string titled = File.ReadAllText(note);
                int heading2 = titled.IndexOf("\n## ", StringComparison.Ordinal);
                if (heading2 < 0) { kind = "describe"; goto case "describe"; }
                int end = titled.IndexOf('\n', heading2 + 1);
                File.WriteAllText(note, titled.Insert(end < 0 ? titled.Length : end, $" renamed {_step}"));
                break;
            case "link":
                string other = notes[_random.Next(notes.Count)];
                string href = Path.GetRelativePath(Path.GetDirectoryName(note)!, other).Replace('\\', '/');
                string fragment = new[] { "", "#description", "#no-such-heading" }[_random.Next(3)];
                File.AppendAllText(note, $"\nSee [another note]({Uri.EscapeDataString(href).Replace("%2F", "/",
                    StringComparison.Ordinal)}{fragment}).\n");
                relative += " -> " + Path.GetRelativePath(root, other) + fragment;
                break;
            case "retag":
            case "rename-id":
                var detections = Detections();
                string detection = detections[_random.Next(detections.Count)];
                string rule = File.ReadAllText(detection);
                var found = kind == "retag"
                    ? Regex.Match(rule, @"\b[Tt]1[0-9]{3}(\.[0-9]{3})?\b")
                    : Regex.Match(rule, @"(?m)^id: DET-[A-Z]+-[0-9]+");
                if (!found.Success) { kind = "describe"; goto case "describe"; }
                string replacement = kind == "retag"
                    ? OtherTechniques[_random.Next(OtherTechniques.Length)]
                    : found.Value + "-" + _step;
                if (kind == "retag" && found.Value[0] == 't') replacement = replacement.ToLowerInvariant();
                File.WriteAllText(detection, rule[..found.Index] + replacement + rule[(found.Index + found.Length)..]);
                relative = $"{Path.GetRelativePath(root, detection)}: {found.Value} -> {replacement}";
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

    private List<string> Detections() =>
        Directory.EnumerateFiles(Path.Combine(root, "detections"), "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>The note with one more sentence under its Description heading (or at its end).</summary>
    private string Described(string text)
    {
        string sentence = $"\nEdited in step {_step} of sequence {seed}: <b>bold?</b> & more.\n";
        int heading = text.IndexOf("Description\n", StringComparison.Ordinal);
        return heading < 0 ? text + sentence : text.Insert(heading + "Description\n".Length, sentence);
    }
}
