using System.CommandLine;
using AttackKb.Cli.Common;
using AttackKb.Reporting;
using System.Text.Json;
using AttackKb.Core.Attack;
using AttackKb.Core.Config;
using AttackKb.Stix.Catalog;
using AttackKb.Core.Diagnostics;
using AttackKb.Notes.Import;
using AttackKb.Stix.Reading;

namespace AttackKb.Cli.Commands;

/// <summary>
/// `attackkb import` — techniques of an official ATT&amp;CK bundle as canonical notes (README "Import"). stdout lists
/// what was written or skipped; stderr gets diagnostics, progress and the summary. Exit 0 done (warnings allowed), 1
/// some notes could not be imported, 2 bad usage or unreadable bundle.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var bundle = new Argument<string>("bundle")
        {
            Description = "Official ATT&CK STIX 2.1 bundle (.json or .json.gz)",
        };
        var to = new Option<string>("--to")
        {
            Description = "Folder the notes go to (default: data/notes)",
            DefaultValueFactory = _ => "data/notes",
        };
        var only = new Option<string[]>("--only")
        {
            Description = "Only these technique IDs (comma-separated or repeated)",
        };
        var tactic = new Option<string?>("--tactic")
        {
            Description = "Only the techniques of this tactic (short or display name)",
        };
        var all = new Option<bool>("--all") { Description = "Every live technique and sub-technique of the release" };
        var withDetections = new Option<bool>("--with-detections")
        {
            Description = "Also write detection notes for the techniques' ATT&CK detection strategies and analytics",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Overwrite notes the team edited since they were imported",
        };
        var kb = new Option<string?>("--kb")
        {
            Description =
                "Knowledge base searched for existing notes (default: nearest folder above --to with attackkb.json)",
        };

        var command = new Command("import", "Import techniques from an official ATT&CK bundle as canonical notes")
        {
            bundle, to, only, tactic, all, withDetections, force, kb,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var selection = Selection(parse.GetValue(only), parse.GetValue(tactic), parse.GetValue(all));
            string bundlePath = parse.GetValue(bundle)!;
            var release = ReleaseOpener.OpenAndSummarise(bundlePath, stderr);

            var result = ReleaseImporter.Run(new ImportRequest
            {
                Release = release,
                TargetFolder = parse.GetValue(to)!,
                Selection = selection,
                KnowledgeBaseRoot = parse.GetValue(kb),
                WithDetections = parse.GetValue(withDetections),
                Force = parse.GetValue(force),
                ReleaseLabel = Path.GetFileName(bundlePath),
                Progress = stderr,
            });

            foreach (var f in result.Files)
            {
                switch (f.Action)
                {
                    case ImportAction.Created or ImportAction.Updated:
                        stdout.WriteLine($"{(f.Action == ImportAction.Created ? "created" : "updated")} {f.Path}");
                        break;
                    case ImportAction.SkippedEdited or ImportAction.SkippedDuplicate:
                        stdout.WriteLine($"skipped {f.AttackId}: {f.Reason}");
                        break;
                }
            }
            foreach (var d in result.Diagnostics) stderr.WriteLine(d.ToString());
            if (parse.GetValue(kb) is null) PinRelease(parse.GetValue(to)!, bundlePath, release, stdout);
            return result.HasErrors ? ExitCodes.DataErrors : ExitCodes.Ok;
        });
        return command;
    }

    private static ImportSelection Selection(string[]? only, string? tactic, bool all)
    {
        var ids = (only ?? [])
            .SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToArray();
        int given = (ids.Length > 0 ? 1 : 0) + (tactic is not null ? 1 : 0) + (all ? 1 : 0);
        if (given != 1)
            throw new UsageException(
                "import: say what to import with exactly one of --only IDs, --tactic NAME or --all");
        if (all) return new ImportSelection.All();
        return tactic is not null ? new ImportSelection.Tactic(tactic) : new ImportSelection.Only(ids);
    }

    /// <summary>
    /// A KB that import creates (its folder is in no KB: no attackkb.json at or above it) pins the release it came
    /// from: the compact catalog goes to <c>attack/</c> and <c>attackkb.json</c> names it, so the new KB lints clean on
    /// its own — its notes name detection strategies and tactics only that release can check.
    /// </summary>
    private static void PinRelease(string target, string bundlePath, AttackRelease release, TextWriter stdout)
    {
        string root = Path.GetFullPath(target);
        if (File.Exists(Path.Combine(ReleaseImporter.FindKnowledgeBaseRoot(root), KbConfig.FileName))) return;
        string name = Path.GetFileName(bundlePath);
        foreach (string ext in new[] { ".catalog.json", ".json.gz", ".json" })
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) { name = name[..^ext.Length]; break; }
        string catalog = $"attack/{name}.catalog.json";
        AtomicFile.Write(Path.Combine(root, catalog), CatalogWriter.Write(release));
        stdout.WriteLine($"created {Path.Combine(target, catalog)}");

        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOutput.Options))
        {
            w.WriteStartObject();
            w.WriteString("attack", catalog);
            w.WriteStartArray("exclude");
            w.WriteStringValue("attack/**");
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        AtomicFile.Write(Path.Combine(root, KbConfig.FileName), stream.ToArray());
        stdout.WriteLine($"created {Path.Combine(target, KbConfig.FileName)} (pins {release.Info.DisplayName})");
    }
}
