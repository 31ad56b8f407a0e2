using System.CommandLine;
using System.Text;
using AttackKb.Cli.Common;
using AttackKb.Cli.Reporting;
using AttackKb.Core.Validation;
using AttackKb.Stix.Writing;

namespace AttackKb.Cli.Commands;

/// <summary>
/// `attackkb build` — the main job: load once, then every back end into one output folder (default site/_site):
/// lint reports (text and SARIF) and the STIX bundle. (The static site joins it with issue 5.) Exit 1 when the lint
/// finds errors or notes could not be exported; the outputs are still written.
/// </summary>
public static class BuildCommand
{
    public const string DefaultOutput = "site/_site";

    public static Command Create()
    {
        var data = CommonOptions.DataFolder();
        var config = CommonOptions.Config();
        var attack = CommonOptions.Attack();
        var output = CommonOptions.Output($"Output folder (default: {DefaultOutput}); replaced as a whole when the build succeeds");
        var command = new Command("build", "Lint and export the knowledge base into one output folder") { data, config, attack, output };
        command.SetAction(parse =>
        {
            var err = parse.InvocationConfiguration.Error;
            var workspace = Workspace.Open(parse.GetValue(data), parse.GetValue(config), parse.GetValue(attack));
            var kb = workspace.Load();
            var folder = OutputFolder.Begin(parse.GetValue(output) ?? DefaultOutput, workspace.Root);
            try
            {
                var lint = Validator.Run(kb, new LintOptions(workspace.Config.Severity));
                File.WriteAllText(folder.PathOf("lint/report.txt"), LintReport.Render("text", lint), new UTF8Encoding(false));
                File.WriteAllText(folder.PathOf("lint/report.sarif"), LintReport.Render("sarif", lint), new UTF8Encoding(false));
                var stix = StixExport.Write(kb, StixOptions.From(workspace.Config));
                File.WriteAllBytes(folder.PathOf("stix/bundle.json"), stix.Bundle);
                folder.Commit();
                err.WriteLine($"attackkb: lint: {lint.Summary()}");
                foreach (var d in stix.Diagnostics) err.WriteLine(d);
                err.WriteLine($"attackkb: stix: {stix.ObjectCount} objects");
                err.WriteLine($"attackkb: wrote {folder.Target}");
                return lint.HadInternalError ? ExitCodes.InternalError : lint.Errors > 0 || stix.HasErrors ? ExitCodes.DataErrors : ExitCodes.Ok;
            }
            catch
            {
                folder.Abandon();
                throw;
            }
        });
        return command;
    }
}
