using System.CommandLine;
using AttackKb.Cli.Common;

namespace AttackKb.Cli.Commands;

/// <summary>`attackkb rules` — List the diagnostic rules (codes, severities, help)</summary>
public static class RulesCommand
{
    public static Command Create()
    {
        var command = new Command("rules", "List the diagnostic rules (codes, severities, help)");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Error.WriteLine("attackkb: 'rules' is not implemented yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
