using System.CommandLine;
using AttackKb.Cli.Common;
using AttackKb.Core.Config;
using AttackKb.Core.Validation;
using AttackKb.Site;

namespace AttackKb.Cli.Commands;

/// <summary>
/// `attackkb site [data] -o &lt;dir&gt;` — the static reference site. Generated into a staging folder beside the
/// target and swapped in only when complete (<see cref="OutputFolder"/>), which also refuses the KB folder or a folder
/// containing it. Diagnostics (AKB71xx) go to stderr; the site is written whatever the notes' lint state.
/// </summary>
public static class SiteCommand
{
    public static Command Create()
    {
        var data = CommonOptions.DataFolder();
        var config = CommonOptions.Config();
        var attack = CommonOptions.Attack();
        var output = CommonOptions.Output("Output folder; replaced as a whole when generation succeeds");
        output.Required = true;
        var baseUrl = BaseUrlOption();
        var command = new Command("site", "Generate the static reference site")
        {
            data, config, attack, output, baseUrl,
        };
        command.SetAction(parse =>
        {
            var err = parse.InvocationConfiguration.Error;
            var workspace = Workspace.Open(parse.GetValue(data), parse.GetValue(config), parse.GetValue(attack));
            var options = Options(workspace, parse.GetValue(baseUrl));
            var kb = workspace.Load();
            var folder = OutputFolder.Begin(parse.GetValue(output)!, workspace.Root);
            // The summary counts pages of notes with lint errors: the linter runs beside the generator, on the core
            // the generator's single-threaded steps (site map, search index) leave idle.
            var lint = Task.Run(() => Validator.Run(kb, new LintOptions(workspace.Config.Severity)));
            SiteResult result;
            try
            {
                result = SiteGenerator.Generate(kb, options, folder.Staging);
                folder.Commit();
            }
            catch
            {
                folder.Abandon();
                throw;
            }
            foreach (var d in result.Diagnostics) err.WriteLine(d);
            bool leftOut = ReadSummary.Write(err, kb);
            string errors = PagesWithErrors.Describe(kb, lint.GetAwaiter().GetResult());
            err.WriteLine($"attackkb: site: {result.Summary()}{errors}");
            ProcessStats.ReportSiteIfAsked(err, result);
            err.WriteLine($"attackkb: wrote {folder.Target}");
            return result.HasErrors || leftOut ? ExitCodes.DataErrors : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>`--base-url`, shared by site, build and layer.</summary>
    public static Option<string?> BaseUrlOption() => new("--base-url")
    {
        Description = "URL the site is published at; prefixes the Navigator layer's links and the 404 page's "
            + "(default: the config's site.baseUrl, else relative)",
    };

    /// <summary>The site's options for a workspace: its config, --base-url, the release of <c>site.since</c>.</summary>
    public static SiteOptions Options(Workspace workspace, string? baseUrl) =>
        WithPreviousRelease(Options(workspace.Config, baseUrl), workspace.Root);

    /// <summary>
    /// The options with the release of <c>site.since</c> (relative to the KB) read, for the overview's "changed since";
    /// its upstream findings are MITRE's and not repeated here (the pinned release reports the current ones).
    /// </summary>
    private static SiteOptions WithPreviousRelease(SiteOptions options, string kbRoot) =>
        options.SincePath is { } since
            ? options with { Since = ReleaseOpener.Open(Path.Combine(kbRoot, since), new()) }
            : options;

    /// <summary>
    /// The config's "site" section, then --base-url when given; a malformed value is a usage error (exit 2), like the
    /// rest of the config.
    /// </summary>
    public static SiteOptions Options(KbConfig config, string? baseUrl)
    {
        try
        {
            var options = SiteOptions.From(config);
            return baseUrl is null ? options : options.WithBaseUrl(baseUrl, "--base-url");
        }
        catch (ConfigException e) { throw new UsageException(e.Message); }
    }
}
