using System.CommandLine;
using AttackKb.Cli.Common;
using AttackKb.Core.Model;
using AttackKb.Stix.Writing;

namespace AttackKb.Cli.Commands;

/// <summary>`attackkb stix` — the KB as one deterministic STIX 2.1 bundle (`-o -` for stdout).</summary>
public static class StixCommand
{
    public static Command Create()
    {
        var data = CommonOptions.DataFolder();
        var config = CommonOptions.Config();
        var attack = CommonOptions.Attack();
        var output = CommonOptions.Output("Bundle file to write ('-' for stdout)");
        output.Required = true;
        var command = new Command("stix", "Export the knowledge base as a deterministic STIX 2.1 bundle")
        {
            data, config, attack, output,
        };
        command.SetAction(parse =>
        {
            var (kb, result) = Export(parse.GetValue(data), parse.GetValue(config), parse.GetValue(attack));
            string target = parse.GetValue(output)!;
            if (target == "-")
                parse.InvocationConfiguration.Output.Write(System.Text.Encoding.UTF8.GetString(result.Bundle));
            else AtomicFile.WriteOutput(target, result.Bundle, kb.Root);
            var err = parse.InvocationConfiguration.Error;
            foreach (var d in result.Diagnostics) err.WriteLine(d);
            bool leftOut = ReadSummary.Write(err, kb, ("not exported", result.NotExported));
            err.WriteLine(
                $"attackkb: {result.ObjectCount} STIX objects{(target == "-" ? "" : $" written to {target}")}");
            return result.HasErrors || leftOut ? ExitCodes.DataErrors : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// Loads the KB and exports it: the one pipeline behind `stix` and `publish`, so a published collection holds
    /// exactly what the bundle file would.
    /// </summary>
    public static (KnowledgeBase Kb, StixExportResult Result) Export(string? data, string? config, string? attack)
    {
        var workspace = Workspace.Open(data, config, attack);
        var kb = workspace.Load();
        return (kb, StixExport.Write(kb, StixOptions.From(workspace.Config)));
    }
}
