using System.CommandLine;
using System.Text;
using AttackKb.Cli.Common;
using AttackKb.Cli.Reporting;
using AttackKb.Core.Validation;

namespace AttackKb.Cli.Commands;

/// <summary>`attackkb lint` — validate the KB against the pinned release; the report on stdout (or --output), the summary on stderr.</summary>
public static class LintCommand
{
    public static Command Create()
    {
        var data = CommonOptions.DataFolder();
        var config = CommonOptions.Config();
        var attack = CommonOptions.Attack();
        var format = CommonOptions.Format(LintReport.Formats);
        var output = CommonOptions.Output("Write the report to this file instead of stdout");
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Treat warnings as errors (exit 1 on any warning)" };

        var command = new Command("lint", "Validate the knowledge base against the pinned ATT&CK release")
            { data, config, attack, format, output, warningsAsErrors };
        command.SetAction(parse =>
        {
            var workspace = Workspace.Open(parse.GetValue(data), parse.GetValue(config), parse.GetValue(attack));
            var result = Validator.Run(workspace.Load(), new LintOptions(workspace.Config.Severity, parse.GetValue(warningsAsErrors)));
            string report = LintReport.Render(parse.GetValue(format)!, result);
            if (parse.GetValue(output) is { } file) AtomicFile.Write(file, Encoding.UTF8.GetBytes(report));
            else parse.InvocationConfiguration.Output.Write(report);
            parse.InvocationConfiguration.Error.WriteLine($"attackkb: {result.Summary()}");
            return result.HadInternalError ? ExitCodes.InternalError : result.Errors > 0 ? ExitCodes.DataErrors : ExitCodes.Ok;
        });
        return command;
    }
}
