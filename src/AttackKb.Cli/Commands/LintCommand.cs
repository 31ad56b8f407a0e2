using System.CommandLine;
using System.Text;
using AttackKb.Cli.Common;
using AttackKb.Reporting.Lint;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Validation;
using AttackKb.Notes.Fixing;

namespace AttackKb.Cli.Commands;

/// <summary>
/// `attackkb lint` — validate the KB against the pinned release; the report on stdout (or --output), the summary on
/// stderr.
/// </summary>
public static class LintCommand
{
    public static Command Create()
    {
        var data = CommonOptions.DataFolder();
        var config = CommonOptions.Config();
        var attack = CommonOptions.Attack();
        var format = CommonOptions.Format(LintReport.Formats);
        var output = CommonOptions.Output("Write the report to this file instead of stdout");
        var warningsAsErrors = new Option<bool>("--warnings-as-errors")
        {
            Description = "Treat warnings as errors (exit 1 on any warning)",
        };
        var pathBase = CommonOptions.PathBase();
        var fix = new Option<bool>("--fix")
        {
            Description = "Apply safe, idempotent fixes (tactic short names, revoked IDs → replacements, "
                + "canonical ID spellings), then report",
        };

        var command = new Command("lint", "Validate the knowledge base against the pinned ATT&CK release")
            { data, config, attack, format, output, warningsAsErrors, fix, pathBase };
        command.SetAction(parse =>
        {
            var workspace = Workspace.Open(parse.GetValue(data), parse.GetValue(config), parse.GetValue(attack));
            var kb = workspace.Load();
            int fixFailures = 0;
            if (parse.GetValue(fix))
            {
                // Only the files the edits name are written, atomically; a second --fix finds nothing to do.
                var notWritten = new DiagnosticBag();
                var applied = FixApplier.Apply(kb.Root, SafeFixes.Plan(kb), notWritten);
                foreach (var edit in applied) parse.InvocationConfiguration.Error.WriteLine($"attackkb: fixed {edit}");
                foreach (var failure in notWritten.Items)
                    parse.InvocationConfiguration.Error.WriteLine(failure.ToString());
                fixFailures = notWritten.Items.Count;
                parse.InvocationConfiguration.Error.WriteLine($"attackkb: {applied.Count} fix(es) applied");
                if (applied.Count > 0) kb = workspace.Load();
            }
            var result = Validator.Run(
                kb, new LintOptions(workspace.Config.Severity, parse.GetValue(warningsAsErrors)));
            var paths = CommonOptions.ReportPaths(kb.Root, parse.GetValue(pathBase),
                SiteCommand.Options(workspace.Config, null).BaseUrl);
            string report = LintReport.Render(parse.GetValue(format)!, result, paths);
            if (parse.GetValue(output) is { } file)
                AtomicFile.WriteOutput(file, Encoding.UTF8.GetBytes(report), kb.Root);
            else parse.InvocationConfiguration.Output.Write(report);
            bool leftOut = ReadSummary.Write(parse.InvocationConfiguration.Error, kb);
            parse.InvocationConfiguration.Error.WriteLine($"attackkb: {result.Summary()}");
            if (result.HadInternalError) return ExitCodes.InternalError;
            return result.Errors > 0 || leftOut || fixFailures > 0 ? ExitCodes.DataErrors : ExitCodes.Ok;
        });
        return command;
    }
}
