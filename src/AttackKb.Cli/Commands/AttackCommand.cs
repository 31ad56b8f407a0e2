using System.CommandLine;
using AttackKb.Cli.Common;
using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;
using AttackKb.Stix.Catalog;
using AttackKb.Stix.Reading;

namespace AttackKb.Cli.Commands;

/// <summary>
/// `attackkb attack` — ATT&amp;CK releases: `info` (what a bundle or catalog holds), `catalog` (write the compact
/// catalog).
/// </summary>
public static class AttackCommand
{
    public static Command Create()
    {
        var command = new Command(
            "attack", "Work with ATT&CK releases: inspect a bundle or catalog, write the compact catalog");
        command.Subcommands.Add(Info());
        command.Subcommands.Add(Catalog());
        command.Subcommands.Add(AttackFetchCommand.Create());
        return command;
    }

    private static Command Info()
    {
        var file = new Argument<string?>("release")
        {
            Description = "STIX bundle (.json/.json.gz) or catalog (default: the pinned release of data/)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command(
            "info", "Print a release's version, source checksum and object counts; upstream data problems on stderr")
        {
            file,
        };
        command.SetAction(parse =>
        {
            var bag = new DiagnosticBag();
            AttackRelease release;
            if (parse.GetValue(file) is { } path) release = ReleaseOpener.Open(path, bag);
            else
            {
                var ws = Workspace.Open(null);
                release = ws.Release
                    ?? throw new UsageException("data/attackkb.json pins no ATT&CK release ('attack' key)");
                bag.AddRange(ws.ReleaseDiagnostics);
            }
            var o = parse.InvocationConfiguration.Output;
            o.WriteLine($"{release.Info.DisplayName}");
            o.WriteLine($"  source         {release.Info.SourceName}");
            o.WriteLine($"  source sha256  {release.Info.SourceSha256}");
            if (release.Info.Modified is { } m) o.WriteLine($"  modified       {m}");
            Count(o, "techniques", release.Techniques);
            Count(o, "tactics", release.Tactics);
            Count(o, "data sources", release.DataSources);
            Count(o, "data components", release.DataComponents);
            Count(o, "detection strategies", release.DetectionStrategies);
            Count(o, "analytics", release.Analytics);
            Count(o, "mitigations", release.Mitigations);
            Count(o, "groups", release.Groups);
            Count(o, "software", release.Software);
            Count(o, "campaigns", release.Campaigns);
            if (release.Assets.Count > 0) Count(o, "assets", release.Assets);
            foreach (var d in bag.Items.Order()) parse.InvocationConfiguration.Error.WriteLine(d);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Catalog()
    {
        var bundle = new Argument<string>("bundle")
        {
            Description = "Official ATT&CK STIX 2.1 bundle (.json or .json.gz)",
        };
        var output = CommonOptions.Output("Catalog file to write");
        output.Required = true;
        var command = new Command(
            "catalog", "Write the compact catalog (facts only, no MITRE long texts) that data/attack/ pins")
        {
            bundle, output,
        };
        command.SetAction(parse =>
        {
            var bag = new DiagnosticBag();
            var release = ReleaseOpener.Open(parse.GetValue(bundle)!, bag);
            string target = Path.GetFullPath(parse.GetValue(output)!);
            AtomicFile.Write(target, CatalogWriter.Write(release));
            parse.InvocationConfiguration.Error.WriteLine(
                $"attackkb: wrote {release.Info.DisplayName} catalog to {parse.GetValue(output)} "
                + $"({release.Techniques.Count} techniques)");
            return ExitCodes.Ok;
        });
        return command;
    }


    private static void Count<T>(TextWriter o, string label, IReadOnlyList<T> items) where T : AttackObject =>
        o.WriteLine(
            $"  {label,-26} {items.Count,6}  "
            + $"({items.Count(i => i.Revoked)} revoked, {items.Count(i => i.Deprecated)} deprecated)");
}
