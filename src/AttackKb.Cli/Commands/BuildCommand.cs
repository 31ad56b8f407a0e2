using System.CommandLine;
using System.Text;
using AttackKb.Cli.Common;
using AttackKb.Reporting.Lint;
using AttackKb.Core.Validation;
using AttackKb.Site;
using AttackKb.Stix.Writing;

namespace AttackKb.Cli.Commands;

/// <summary>
/// `attackkb build` — the main job: load once, then every back end into one output folder (default site/_site):
/// the static site at its root (index.html, coverage.json…), lint reports (lint/report.txt, lint/report.sarif) and
/// the STIX bundle (stix/bundle.json) with its collection index (stix/index.json, stix/&lt;version&gt;/bundle.json).
/// Exit 1 when the lint finds errors, notes could not be exported or the site reports errors; the outputs are still
/// written.
/// </summary>
public static class BuildCommand
{
    public const string DefaultOutput = "site/_site";

    public static Command Create()
    {
        var data = CommonOptions.DataFolder();
        var config = CommonOptions.Config();
        var attack = CommonOptions.Attack();
        var output = CommonOptions.Output(
            $"Output folder (default: {DefaultOutput}); replaced as a whole when the build succeeds");
        var baseUrl = SiteCommand.BaseUrlOption();
        var pathBase = CommonOptions.PathBase();
        var previousIndex = CollectionIndexOutput.PreviousIndexOption();
        var command = new Command("build", "Lint, export and publish the knowledge base into one output folder")
            { data, config, attack, output, baseUrl, pathBase, previousIndex };
        command.SetAction(parse =>
        {
            var err = parse.InvocationConfiguration.Error;
            var workspace = Workspace.Open(parse.GetValue(data), parse.GetValue(config), parse.GetValue(attack));
            var kb = workspace.Load();
            var siteOptions = SiteCommand.Options(workspace, parse.GetValue(baseUrl));
            var paths = CommonOptions.ReportPaths(kb.Root, parse.GetValue(pathBase), siteOptions.BaseUrl);
            var collectionIndex = CollectionIndexOutput.Open(parse.GetValue(previousIndex), workspace.Config, kb.Root);
            var folder = OutputFolder.Begin(parse.GetValue(output) ?? DefaultOutput, workspace.Root);
            Task<(LintResult, StixExportResult, IReadOnlyList<string>)>? lintAndStix = null;
            try
            {
                // Lint and STIX run beside the site: the site's single-threaded steps (site map, search index) leave
                // the other core idle. Each writes its own files; nothing of the KB is changed by any of them.
                lintAndStix = Task.Run(() =>
                {
                    var lint = Validator.Run(kb, new LintOptions(workspace.Config.Severity));
                    File.WriteAllText(
                        folder.PathOf("lint/report.txt"), LintReport.Render("text", lint), new UTF8Encoding(false));
                    File.WriteAllText(
                        folder.PathOf("lint/report.sarif"),
                        LintReport.Render("sarif", lint, paths),
                        new UTF8Encoding(false));
                    var stix = StixExport.Write(kb, StixOptions.From(workspace.Config));
                    File.WriteAllBytes(folder.PathOf("stix/bundle.json"), stix.Bundle);
                    var indexWarnings = collectionIndex.Write(folder, stix.Bundle, siteOptions.BaseUrl);
                    return (lint, stix, indexWarnings);
                });
                var site = SiteGenerator.Generate(kb, siteOptions, folder.Staging);
                var (lint, stix, indexWarnings) = lintAndStix.GetAwaiter().GetResult();
                folder.Commit();
                bool leftOut = ReadSummary.Write(err, kb, ("not exported to STIX", stix.NotExported));
                err.WriteLine($"attackkb: lint: {lint.Summary()}");
                foreach (var d in stix.Diagnostics) err.WriteLine(d);
                err.WriteLine($"attackkb: stix: {stix.ObjectCount} objects");
                foreach (string warning in indexWarnings) err.WriteLine($"attackkb: warning: {warning}");
                foreach (var d in site.Diagnostics) err.WriteLine(d);
                err.WriteLine($"attackkb: site: {site.Summary()}{PagesWithErrors.Describe(kb, lint)}");
                ProcessStats.ReportSiteIfAsked(err, site);
                err.WriteLine($"attackkb: wrote {folder.Target}");
                if (lint.HadInternalError) return ExitCodes.InternalError;
                bool failed = lint.Errors > 0 || stix.HasErrors || site.HasErrors || leftOut;
                return failed ? ExitCodes.DataErrors : ExitCodes.Ok;
            }
            catch
            {
                // The staging folder goes only once nothing writes into it any more.
                lintAndStix?.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
                folder.Abandon();
                throw;
            }
        });
        return command;
    }
}
