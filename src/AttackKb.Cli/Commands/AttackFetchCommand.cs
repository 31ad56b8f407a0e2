using System.CommandLine;
using AttackKb.Cli.Common;
using AttackKb.Stix.Taxii;

namespace AttackKb.Cli.Commands;

/// <summary>
/// `attackkb attack fetch --taxii URL -o bundle.json` — pulls a TAXII 2.1 collection (MITRE's ATT&amp;CK or a team's
/// own) into a deterministic STIX bundle that `import`, `diff` and `--attack` read like any bundle. Prints the
/// server's X-TAXII-Date-Added-Last: pass it as --added-after next time to pull only what was added since.
/// </summary>
public static class AttackFetchCommand
{
    public static Command Create()
    {
        var taxii = new Option<string>("--taxii")
        {
            Description = "TAXII 2.1 collection URL (…/<api-root>/collections/<id>/)",
            Required = true,
        };
        var output = CommonOptions.Output("Bundle file to write");
        output.Required = true;
        var limit = new Option<int>("--limit")
        {
            Description = "Objects per page (the server may send fewer)",
            DefaultValueFactory = _ => TaxiiCollection.DefaultPageSize,
        };
        var addedAfter = new Option<string?>("--added-after")
        {
            Description = "Only objects the server added after this timestamp (the date printed by the last fetch)",
        };
        var types = new Option<string[]>("--type")
        {
            Description = "Only objects of this STIX type (repeatable): match[type]",
            AllowMultipleArgumentsPerToken = true,
        };
        var connection = new TaxiiConnectionOptions();
        var command = new Command("fetch", "Pull a TAXII 2.1 collection into a STIX bundle file")
        {
            taxii, output, limit, addedAfter, types,
        };
        connection.AddTo(command);
        command.SetAction(parse =>
        {
            var err = parse.InvocationConfiguration.Error;
            var collection = new TaxiiCollection(connection.Url(parse, parse.GetValue(taxii)!));
            if (parse.GetValue(limit) <= 0) throw new UsageException("--limit must be a positive number");
            string? after = parse.GetValue(addedAfter);
            if (after is not null && !StixVersion.TryParse(after, out _))
                throw new UsageException($"--added-after: '{after}' is not a timestamp (2025-10-28T14:00:00.000Z)");
            var filter = new TaxiiFetchFilter(parse.GetValue(limit), after, parse.GetValue(types));
            using var client = new TaxiiClient(connection.ClientOptions(parse, err));
            TaxiiFetchResult result;
            try
            {
                result = TaxiiFetcher.Fetch(client, collection, filter);
            }
            catch (TaxiiException e)
            {
                err.WriteLine($"attackkb: fetch: {e.Message}");
                return ExitCodes.DataErrors;
            }
            string target = parse.GetValue(output)!;
            AtomicFile.Write(target, result.Bundle);
            err.WriteLine($"attackkb: fetch: {result.ObjectCount} objects in {result.Pages} pages written to {target}");
            if (result.DateAddedLast is { } last)
                err.WriteLine($"attackkb: fetch: next time pass --added-after {last}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
