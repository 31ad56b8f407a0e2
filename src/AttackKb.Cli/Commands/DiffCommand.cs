using System.CommandLine;
using AttackKb.Cli.Common;
using AttackKb.Core.Attack;
using AttackKb.Core.Diff;
using AttackKb.Reporting.Diff;

namespace AttackKb.Cli.Commands;

/// <summary>
/// `attackkb diff OLD NEW` — each side an ATT&amp;CK release (bundle or catalog file) or a knowledge-base folder
/// (README
/// "Diff"). A diff is not an error: exit 0 whatever changed; 2 when a side cannot be read.
/// </summary>
public static class DiffCommand
{
    public static Command Create()
    {
        var old = new Argument<string>("old")
        {
            Description = "Old side: ATT&CK bundle/catalog file or knowledge-base folder",
        };
        var @new = new Argument<string>("new")
        {
            Description = "New side: ATT&CK bundle/catalog file or knowledge-base folder",
        };
        var format = CommonOptions.Format("markdown", "json");
        var output = CommonOptions.Output();

        var command = new Command("diff", "Show what changed between two ATT&CK releases or knowledge bases")
        {
            old, @new, format, output,
        };
        command.SetAction(parse =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            var oldSide = Open(parse.GetValue(old)!, stderr, null);
            var newSide = Open(parse.GetValue(@new)!, stderr, oldSide.Release);
            if (oldSide.Kind == DiffSideKind.KnowledgeBase && oldSide.Release is null && newSide.Release is not null)
                oldSide = Open(parse.GetValue(old)!, TextWriter.Null, newSide.Release);
            foreach (var d in oldSide.Diagnostics.Concat(newSide.Diagnostics)) stderr.WriteLine(d.ToString());

            var report = ReleaseDiff.Compare(oldSide, newSide);
            string text = parse.GetValue(format) == "json"
                ? DiffJsonWriter.ToText(report)
                : DiffMarkdownWriter.Write(report);
            if (parse.GetValue(output) is { } file)
            {
                string[] kbs = new[] { parse.GetValue(old)!, parse.GetValue(@new)! }.Where(Directory.Exists).ToArray();
                AtomicFile.WriteOutput(file, System.Text.Encoding.UTF8.GetBytes(text), kbs);
            }
            else parse.InvocationConfiguration.Output.Write(text);
            stderr.WriteLine($"diff: {report.ChangeCount} change(s)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static DiffSide Open(string path, TextWriter stderr, AttackRelease? vocabulary)
    {
        string source = Path.GetFileName(Path.TrimEndingDirectorySeparator(path)) is { Length: > 0 } name ? name : path;
        if (Directory.Exists(path))
        {
            var kb = Workspace.Open(path).Load();
            return DiffSide.FromKnowledgeBase(kb, source, vocabulary);
        }
        if (!File.Exists(path)) throw new UsageException($"diff: no such file or folder: {path}");
        return DiffSide.FromRelease(ReleaseOpener.OpenAndSummarise(path, stderr), source);
    }
}
