using System.CommandLine;
using AttackKb.Cli.Common;
using AttackKb.Reporting.Lint;
using AttackKb.Core.Diagnostics;

namespace AttackKb.Cli.Commands;

/// <summary>`attackkb rules` — the diagnostic catalog: code, default severity, title, help.</summary>
public static class RulesCommand
{
    public static Command Create()
    {
        var format = CommonOptions.Format(RuleCatalogReport.Formats);
        var command = new Command("rules", "List the diagnostic rules (codes, severities, help)") { format };
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.Write(
                RuleCatalogReport.Render(parse.GetValue(format)!, DiagnosticCatalog.All));
            return ExitCodes.Ok;
        });
        return command;
    }
}
