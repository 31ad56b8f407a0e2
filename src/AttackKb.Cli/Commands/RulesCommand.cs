using System.CommandLine;
using AttackKb.Cli.Common;
using AttackKb.Core.Diagnostics;

namespace AttackKb.Cli.Commands;

/// <summary>`attackkb rules` — the diagnostic catalog: code, default severity, title, help.</summary>
public static class RulesCommand
{
    public static Command Create()
    {
        var format = CommonOptions.Format("text", "markdown");
        var command = new Command("rules", "List the diagnostic rules (codes, severities, help)") { format };
        command.SetAction(parse =>
        {
            var o = parse.InvocationConfiguration.Output;
            bool markdown = parse.GetValue(format) == "markdown";
            if (markdown) { o.WriteLine("| code | severity | title | help |"); o.WriteLine("|---|---|---|---|"); }
            foreach (var d in DiagnosticCatalog.All)
                o.WriteLine(markdown
                    ? $"| {d.Id} | {d.DefaultSeverity.ToName()} | {d.Title} | {d.Help.Replace("|", "\\|", StringComparison.Ordinal)} |"
                    : $"{d.Id}  {d.DefaultSeverity.ToName(),-7}  {d.Title}\n        {d.Help}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
