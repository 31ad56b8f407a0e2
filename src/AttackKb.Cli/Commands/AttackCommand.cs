using System.CommandLine;
using AttackKb.Cli.Common;

namespace AttackKb.Cli.Commands;

/// <summary>`attackkb attack` — Work with ATT&CK releases (catalog)</summary>
public static class AttackCommand
{
    public static Command Create()
    {
        var command = new Command("attack", "Work with ATT&CK releases (catalog)");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Error.WriteLine("attackkb: 'attack' is not implemented yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
