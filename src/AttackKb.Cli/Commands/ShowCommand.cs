using System.CommandLine;
using System.Text.Json;
using AttackKb.Cli.Common;
using AttackKb.Reporting.Model;
using AttackKb.Core.Model;

namespace AttackKb.Cli.Commands;

/// <summary>
/// `attackkb show T1587.003` — one technique as the KB sees it, with everything that detects or tests it.
/// </summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id")
        {
            Description = "ATT&CK technique ID (T1587.003, T1587/003, t1587_003 …)",
        };
        var data = CommonOptions.DataFolder();
        var config = CommonOptions.Config();
        var attack = CommonOptions.Attack();
        var format = CommonOptions.Format("text", "json");

        var command = new Command("show", "Show one technique as the knowledge base sees it")
        {
            id, data, config, attack, format,
        };
        command.SetAction(parse =>
        {
            var kb = Workspace.Open(parse.GetValue(data), parse.GetValue(config), parse.GetValue(attack)).Load();
            bool leftOut = ReadSummary.Write(parse.InvocationConfiguration.Error, kb);
            string requested = parse.GetValue(id)!;
            var view = TechniqueView.Of(kb, requested);
            if (view is null)
            {
                string release = kb.Release?.Info.DisplayName ?? "no ATT&CK release";
                throw new UsageException($"'{requested}' is not a technique of the knowledge base nor of {release}");
            }
            var stdout = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json") TechniqueJson.Write(stdout, kb, view);
            else TechniqueText.Write(stdout, kb, view);
            return leftOut ? ExitCodes.DataErrors : ExitCodes.Ok;
        });
        return command;
    }
}
