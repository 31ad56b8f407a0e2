using System.CommandLine;
using AttackKb.Cli.Common;

namespace AttackKb.Cli.Commands;

/// <summary>`attackkb layer` — Write an ATT&CK Navigator layer coloring techniques by detection coverage</summary>
public static class LayerCommand
{
    public static Command Create()
    {
        var command = new Command("layer", "Write an ATT&CK Navigator layer coloring techniques by detection coverage");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Error.WriteLine("attackkb: 'layer' is not implemented yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
