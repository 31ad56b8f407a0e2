using System.CommandLine;
using System.Text;
using AttackKb.Cli.Common;
using AttackKb.Site;

namespace AttackKb.Cli.Commands;

/// <summary>
/// `attackkb layer [data] -o coverage.json` — an ATT&amp;CK Navigator layer (format 4.5) coloring the KB's techniques
/// by
/// detection coverage, with links back to the site's pages (prefix from --base-url or the config's site.baseUrl;
/// relative by default). The same bytes the site publishes as coverage.json.
/// </summary>
public static class LayerCommand
{
    public static Command Create()
    {
        var data = CommonOptions.DataFolder();
        var config = CommonOptions.Config();
        var attack = CommonOptions.Attack();
        var output = CommonOptions.Output("Layer file to write ('-' for stdout)");
        output.Required = true;
        var baseUrl = SiteCommand.BaseUrlOption();
        var command = new Command("layer", "Write an ATT&CK Navigator layer coloring techniques by detection coverage")
        {
            data, config, attack, output, baseUrl,
        };
        command.SetAction(parse =>
        {
            var err = parse.InvocationConfiguration.Error;
            var workspace = Workspace.Open(parse.GetValue(data), parse.GetValue(config), parse.GetValue(attack));
            var options = SiteCommand.Options(workspace.Config, parse.GetValue(baseUrl));
            var kb = workspace.Load();
            var (layer, diagnostics) = SiteGenerator.Layer(kb, options);
            string target = parse.GetValue(output)!;
            if (target == "-") parse.InvocationConfiguration.Output.Write(Encoding.UTF8.GetString(layer));
            else AtomicFile.WriteOutput(target, layer, kb.Root);
            foreach (var d in diagnostics) err.WriteLine(d);
            bool leftOut = ReadSummary.Write(err, kb);
            if (target != "-") err.WriteLine($"attackkb: wrote Navigator layer {target}");
            return leftOut ? ExitCodes.DataErrors : ExitCodes.Ok;
        });
        return command;
    }
}
