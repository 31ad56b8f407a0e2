using System.CommandLine;
using AttackKb.Cli.Common;

namespace AttackKb.Cli.Commands;

/// <summary>`attackkb stix` — Export the knowledge base as a deterministic STIX 2.1 bundle</summary>
public static class StixCommand
{
    public static Command Create()
    {
        var command = new Command("stix", "Export the knowledge base as a deterministic STIX 2.1 bundle");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Error.WriteLine("attackkb: 'stix' is not implemented yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
