using System.CommandLine;
using AttackKb.Cli.Common;
using AttackKb.Stix.Taxii;

namespace AttackKb.Cli.Commands;

/// <summary>
/// `attackkb publish [data] --taxii URL` — exports exactly what `stix` exports and posts to a TAXII 2.1 collection
/// the objects the server does not have yet (new, or a newer <c>modified</c>). Per-object results on stdout; progress,
/// failures and the summary on stderr; exit 1 when anything failed (an object refused, the server unreachable).
/// </summary>
public static class PublishCommand
{
    public static Command Create()
    {
        var data = CommonOptions.DataFolder();
        var config = CommonOptions.Config();
        var attack = CommonOptions.Attack();
        var taxii = new Option<string>("--taxii")
        {
            Description = "TAXII 2.1 collection URL (…/<api-root>/collections/<id>/)",
            Required = true,
        };
        var connection = new TaxiiConnectionOptions();
        var command = new Command("publish", "Publish the knowledge base's STIX objects to a TAXII 2.1 collection")
        {
            data, config, attack, taxii,
        };
        connection.AddTo(command);
        command.SetAction(parse =>
        {
            var err = parse.InvocationConfiguration.Error;
            var output = parse.InvocationConfiguration.Output;
            var collection = new TaxiiCollection(connection.Url(parse, parse.GetValue(taxii)!));
            var options = connection.ClientOptions(parse, err);
            var (kb, export) = StixCommand.Export(parse.GetValue(data), parse.GetValue(config), parse.GetValue(attack));
            foreach (var d in export.Diagnostics) err.WriteLine(d);
            bool leftOut = ReadSummary.Write(err, kb, ("not exported", export.NotExported));

            using var client = new TaxiiClient(options);
            TaxiiPublishResult result;
            try
            {
                result = TaxiiPublisher.Publish(client, collection, export.Bundle);
            }
            catch (TaxiiException e)
            {
                err.WriteLine($"attackkb: publish: {e.Message}");
                err.WriteLine("attackkb: publish: nothing was posted; fix the cause and publish again");
                return ExitCodes.DataErrors;
            }
            foreach (var o in result.Outcomes)
                output.WriteLine(o.Succeeded
                    ? $"posted  {o.Id}  {o.Version}"
                    : $"failed  {o.Id}  {o.Version}  {o.Message}");
            if (result.Error is { } error)
            {
                err.WriteLine($"attackkb: publish: {error}");
                err.WriteLine("attackkb: publish: stopped; what was posted stays, "
                    + "and publishing again posts only what is still missing");
            }
            err.WriteLine(
                $"attackkb: publish: {result.Total} objects: {result.UpToDate} already on the server, "
                + $"{result.Posted} posted, {result.Failed} failed, {result.NewerOnServer} newer on the server "
                + $"({result.Envelopes} envelopes) to {collection.Url}");
            return result.Ok && !export.HasErrors && !leftOut ? ExitCodes.Ok : ExitCodes.DataErrors;
        });
        return command;
    }
}
