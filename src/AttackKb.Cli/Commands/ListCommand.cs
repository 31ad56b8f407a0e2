using System.CommandLine;
using System.Text.Json;
using AttackKb.Cli.Common;
using AttackKb.Reporting;
using AttackKb.Core.Model;

namespace AttackKb.Cli.Commands;

/// <summary>
/// `attackkb list` — every technique note, detection and test with its ATT&amp;CK ID(s), kind, dialect and path.
/// </summary>
public static class ListCommand
{
    public static Command Create()
    {
        var data = CommonOptions.DataFolder();
        var config = CommonOptions.Config();
        var attack = CommonOptions.Attack();
        var format = CommonOptions.Format("text", "json");
        var kind = new Option<string?>("--kind")
        {
            Description = "Only entries of this kind: technique, detection, test",
        };
        kind.AcceptOnlyFromAmong("technique", "detection", "test");

        var command = new Command("list", "List every technique, detection and test in the knowledge base")
        {
            data, config, attack, format, kind,
        };
        command.SetAction(parse =>
        {
            var kb = Workspace.Open(parse.GetValue(data), parse.GetValue(config), parse.GetValue(attack)).Load();
            bool leftOut = ReadSummary.Write(parse.InvocationConfiguration.Error, kb);
            var entries = Entries(kb)
                .Where(e => parse.GetValue(kind) is not { } k || e.Kind == k || (k == "technique" && e.Kind == "note"))
                .ToArray();
            var stdout = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json") WriteJson(stdout, entries);
            else WriteText(stdout, entries);
            return leftOut ? ExitCodes.DataErrors : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// One line of the listing. <see cref="AttackIds"/> is the note's ID, or the techniques a detection/test maps to.
    /// </summary>
    internal sealed record Entry(string AttackIds, string Kind, string Dialect, string Path, string? Name);

    internal static IEnumerable<Entry> Entries(KnowledgeBase kb)
    {
        var all = new List<Entry>();
        foreach (var n in kb.Notes)
            all.Add(new Entry(
                n.AttackId?.Value ?? "-",
                n.Dialect == SourceDialect.Generic ? "note" : "technique",
                n.Dialect.ToName(),
                n.Path,
                n.Name?.Value ?? n.Title?.Value));
        foreach (var d in kb.Detections)
            all.Add(new Entry(Join(kb.Links.TechniquesOf(d)), "detection", d.Dialect.ToName(), d.Path, d.Title?.Value));
        foreach (var t in kb.Tests)
            all.Add(new Entry(
                Join(kb.Links.TechniquesOf(t)), "test", t.Dialect.ToName(), t.Path, t.DisplayName?.Value));
        // Sorted by ID, then path: the order a reader scans in, independent of the file system.
        return all.OrderBy(e => e.AttackIds, StringComparer.Ordinal).ThenBy(e => e.Path, StringComparer.Ordinal);
    }

    private static string Join(IReadOnlyList<string> ids) => ids.Count == 0 ? "-" : string.Join(",", ids);

    private static void WriteText(TextWriter w, IReadOnlyList<Entry> entries)
    {
        int idWidth = Math.Max(9, entries.Select(e => e.AttackIds.Length).DefaultIfEmpty(0).Max());
        int dialectWidth = Math.Max(7, entries.Select(e => e.Dialect.Length).DefaultIfEmpty(0).Max());
        w.WriteLine($"{"ATTACK-ID".PadRight(idWidth)}  {"KIND",-9}  {"DIALECT".PadRight(dialectWidth)}  PATH");
        foreach (var e in entries)
            w.WriteLine($"{e.AttackIds.PadRight(idWidth)}  {e.Kind,-9}  {e.Dialect.PadRight(dialectWidth)}  {e.Path}");
    }

    private static void WriteJson(TextWriter w, IReadOnlyList<Entry> entries)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOutput.Options))
        {
            json.WriteStartArray();
            foreach (var e in entries)
            {
                json.WriteStartObject();
                json.WriteString("attackIds", e.AttackIds);
                json.WriteString("kind", e.Kind);
                json.WriteString("dialect", e.Dialect);
                json.WriteString("path", e.Path);
                if (e.Name is not null) json.WriteString("name", e.Name);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        JsonOutput.Write(w, stream);
    }
}
