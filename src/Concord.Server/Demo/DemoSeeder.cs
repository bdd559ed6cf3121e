using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Concord.Astro.Time;
using Concord.Demo;
using Concord.Formats.Ccsds;
using Concord.Hub.Agencies;
using Concord.Hub.Agreements;
using Concord.Hub.Catalog;
using Concord.Hub.Conjunctions;
using Concord.Server.Conjunctions;
using Concord.Hub.Release;
using Concord.Hub.SpaceObjects;
using Concord.Hub.Errors;
using Concord.Server.Hosting;
using Microsoft.Extensions.Options;

namespace Concord.Server.Demo;

/// <summary>With <see cref="HubServerOptions.Demo"/> (<c>concord serve --demo</c>), seeds a fictional federation into an
/// empty hub: the <see cref="DemoAgencies"/> with their people, one API key per agency and role written to
/// <c>&lt;data-dir&gt;/demo-keys/&lt;AGENCY&gt;-&lt;role&gt;.key</c> (mode 0600) with a <c>README.txt</c>, and the
/// generated <see cref="DemoCatalog"/> as OMM files in <c>&lt;data-dir&gt;/demo-catalog/</c>.</summary>
/// <remarks>
/// <para>Runs after <see cref="HubInitializer"/> (hosted services start in registration order), so the database is
/// migrated. Idempotent: when the hub already has an agency it does nothing, so a second start with <c>--demo</c>
/// duplicates nothing (and writes no new keys; the files of the first start stay valid).</para>
/// <para>It then registers every generated object, establishes the <see cref="DemoAgreements"/> in their planned states
/// and submits each agency's element sets, each step as a key of the acting agency, so the audit log reads as it would
/// in operation. Last come the sets behind <see cref="DemoStates"/> (a third-party set, a restricted resubmission, and an
/// object moved away after its conjunction was first screened), listed in <c>README.txt</c> and <c>conjunctions.txt</c>.</para>
/// </remarks>
internal sealed partial class DemoSeeder(IServiceScopeFactory scopes, IOptions<HubServerOptions> options, TimeProvider time,
    ILogger<DemoSeeder> logger) : IHostedService
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The acknowledgement timeout of a demo hub unless configured (<c>Concord:Coordination:AcknowledgeTimeout</c>):
    /// nobody acknowledges the seeded high-risk conjunctions, so they escalate within minutes of the first start.</summary>
    internal static readonly TimeSpan AcknowledgeTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The roles that get a demo key in every agency.</summary>
    internal static readonly IReadOnlyList<HubRole> Roles = [HubRole.AgencyAdmin, HubRole.Officer, HubRole.Analyst, HubRole.Auditor];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Demo)
        {
            return;
        }

        using IServiceScope scope = scopes.CreateScope();
        IServiceProvider services = scope.ServiceProvider;
        var agencies = services.GetRequiredService<AgencyService>();
        if ((await agencies.ListAsync(cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            LogAlreadySeeded(logger);
            return;
        }

        string dataDir = options.Value.DataDir;
        string keysDir = Path.GetFullPath(Path.Combine(dataDir, HubServerOptions.DemoKeysDirectoryName));
        DataFiles.EnsurePrivateDirectory(keysDir); // 0700: it holds every demo agency's keys
        var keyFiles = new List<(DemoAgency Agency, HubRole Role, string File)>();
        var actors = new Dictionary<(string Agency, HubRole Role), Actor>();
        var keys = services.GetRequiredService<ApiKeyService>();
        foreach (DemoAgency agency in DemoAgencies.All)
        {
            Ensure(await agencies.CreateAsync(agency.ToNewAgency(), Actor.System, cancellationToken).ConfigureAwait(false));
            foreach (HubRole role in Roles)
            {
                IssuedApiKey issued = Ensure(await keys.IssueAsync(agency.Code, role.ToWireName(), Actor.System, cancellationToken)
                    .ConfigureAwait(false));
                string file = $"{agency.Code}-{role.ToWireName()}.key";
                WriteKeyFile(Path.Combine(keysDir, file), issued.Secret);
                keyFiles.Add((agency, role, file));
                actors[(agency.Code, role)] = new Actor(issued.Id, role, agency.Code);
            }
        }

        DemoCatalog catalog = DemoCatalog.Generate(Epoch.FromUtc(time.GetUtcNow()));
        var states = DemoStates.Of(catalog);
        string catalogDir = WriteCatalog(dataDir, catalog, states);
        IReadOnlyList<OwnershipGrant> grants = await GrantCatalogRangesAsync(services, catalog, cancellationToken).ConfigureAwait(false);
        await RegisterSpaceObjectsAsync(services, catalog, actors, cancellationToken).ConfigureAwait(false);
        await ClaimPendingObjectAsync(services, actors, cancellationToken).ConfigureAwait(false);
        await EstablishAgreementsAsync(services, DemoAgreements.All, actors, cancellationToken).ConfigureAwait(false);
        await SubmitCatalogAsync(services, catalog, actors, cancellationToken).ConfigureAwait(false);
        await SubmitStatesAsync(services, catalog, states, actors, cancellationToken).ConfigureAwait(false);

        await File.WriteAllTextAsync(Path.Combine(keysDir, HubServerOptions.DemoKeysReadmeFileName),
            Readme(keyFiles, catalog, catalogDir, grants, states), Utf8NoBom, cancellationToken).ConfigureAwait(false);
        LogSeeded(logger, DemoAgencies.All.Count, keyFiles.Count, keysDir, catalog.Objects.Length, catalogDir);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The catalog number of the demo's pending claim: outside every standing grant, so it waits for the hub
    /// administrator (listed in <c>README.txt</c>).</summary>
    internal const int PendingClaimCatalogNumber = DemoCatalog.FirstCatalogNumber - 1;

    /// <summary>The agency of the demo's pending claim.</summary>
    internal const string PendingClaimAgency = DemoAgencies.Meridian;

    /// <summary>Gives each agency a standing grant for every run of consecutive generated catalog numbers it owns, as the
    /// hub (so that its registrations are confirmed at once); returns the grants.</summary>
    private static async Task<IReadOnlyList<OwnershipGrant>> GrantCatalogRangesAsync(IServiceProvider services, DemoCatalog catalog,
        CancellationToken cancellationToken)
    {
        var ownership = services.GetRequiredService<OwnershipService>();
        var ranges = new List<(string Agency, int First, int Last)>();
        foreach (DemoSpaceObject item in catalog.Objects.OrderBy(o => o.CatalogNumber))
        {
            if (ranges.Count > 0 && ranges[^1].Agency == item.OwnerCode)
            {
                ranges[^1] = ranges[^1] with { Last = item.CatalogNumber };
            }
            else
            {
                ranges.Add((item.OwnerCode, item.CatalogNumber, item.CatalogNumber));
            }
        }

        var grants = new List<OwnershipGrant>();
        foreach ((string agency, int first, int last) in ranges)
        {
            grants.Add(Ensure(await ownership.GrantAsync(agency, first, last, Actor.System, cancellationToken).ConfigureAwait(false)));
        }

        return grants;
    }

    /// <summary>Leaves one claim waiting for the hub administrator: <see cref="PendingClaimAgency"/>'s agency-admin claims
    /// <see cref="PendingClaimCatalogNumber"/>, outside its grants.</summary>
    private static async Task ClaimPendingObjectAsync(IServiceProvider services,
        IReadOnlyDictionary<(string Agency, HubRole Role), Actor> actors, CancellationToken cancellationToken)
    {
        var objects = services.GetRequiredService<SpaceObjectService>();
        var registration = new SpaceObjectRegistration(PendingClaimCatalogNumber.ToString(CultureInfo.InvariantCulture),
            "MERIDIAN RIDESHARE PAYLOAD", PendingClaimAgency, PerigeeKilometers: 540.0, ApogeeKilometers: 560.0,
            GeneralFunction: "Technology demonstration", Status: "operational", Marking: "public");
        SpaceObject claimed = Ensure(await objects.RegisterAsync(registration, actors[(PendingClaimAgency, HubRole.AgencyAdmin)], cancellationToken)
            .ConfigureAwait(false));
        if (claimed.Claim != ClaimStatus.Claimed)
        {
            throw new InvalidOperationException($"Demo seeding failed: the claim of {PendingClaimCatalogNumber} was not left pending.");
        }
    }

    /// <summary>Registers every <see cref="DemoCatalog.Objects"/> entry with its owner and UN Registration Convention
    /// fields through the space-object service, as the owner's agency-admin (so that the audit log names a key of the
    /// owning agency); see <see cref="DemoSpaceObject.ToRegistration"/>.</summary>
    private static async Task RegisterSpaceObjectsAsync(IServiceProvider services, DemoCatalog catalog,
        IReadOnlyDictionary<(string Agency, HubRole Role), Actor> actors, CancellationToken cancellationToken)
    {
        var objects = services.GetRequiredService<SpaceObjectService>();
        foreach (DemoSpaceObject item in catalog.Objects)
        {
            SpaceObjectRegistration registration = item.ToRegistration();
            Ensure(await objects.RegisterAsync(registration, actors[(item.OwnerCode, HubRole.AgencyAdmin)], cancellationToken)
                .ConfigureAwait(false));
        }
    }

    /// <summary>Proposes each <see cref="DemoAgreementPlan"/> as its first party's officer, has every party sign (the
    /// last signature activates it), then suspends or terminates it as the plan says; <c>proposed</c> plans get the
    /// proposer's signature only. Object scope: objects owned by the parties.</summary>
    private static async Task EstablishAgreementsAsync(IServiceProvider services, IReadOnlyList<DemoAgreementPlan> plans,
        IReadOnlyDictionary<(string Agency, HubRole Role), Actor> actors, CancellationToken cancellationToken)
    {
        var agreements = services.GetRequiredService<AgreementService>();
        foreach (DemoAgreementPlan plan in plans)
        {
            Actor proposer = actors[(plan.Parties[0], HubRole.Officer)];
            var request = new NewAgreement(plan.Title, plan.Parties, plan.DataCategories.Select(c => c.ToWireName()).ToList(),
                ObjectScope.OwnedByParties.ToWireName(), null, EmbargoMinutes: 0, MinimumPc: null, ExpiresAt: null);
            Agreement agreement = Ensure(await agreements.ProposeAsync(request, proposer, cancellationToken).ConfigureAwait(false));
            IEnumerable<string> signers = plan.State == "proposed" ? plan.Parties.Take(1) : plan.Parties;
            foreach (string party in signers)
            {
                Ensure(await agreements.SignAsync(agreement.Id, actors[(party, HubRole.Officer)], cancellationToken).ConfigureAwait(false));
            }

            if (plan.State == "suspended")
            {
                Ensure(await agreements.SuspendAsync(agreement.Id, actors[(plan.Parties[^1], HubRole.Officer)], cancellationToken)
                    .ConfigureAwait(false));
            }
            else if (plan.State == "terminated")
            {
                Ensure(await agreements.TerminateAsync(agreement.Id, actors[(plan.Parties[^1], HubRole.Officer)], cancellationToken)
                    .ConfigureAwait(false));
            }
        }
    }

    /// <summary>Submits each agency's element sets (the OMM CSV written to <c>demo-catalog/</c>) as that agency's
    /// analyst, marked <c>partners</c>: who sees whose orbits is then decided by the demo agreements.</summary>
    private static async Task SubmitCatalogAsync(IServiceProvider services, DemoCatalog catalog,
        IReadOnlyDictionary<(string Agency, HubRole Role), Actor> actors, CancellationToken cancellationToken)
    {
        var submissions = services.GetRequiredService<SubmissionService>();
        var screening = services.GetRequiredService<ConjunctionScreeningQueue>();
        foreach (DemoAgency agency in DemoAgencies.All)
        {
            string content = catalog.WriteOmm(agency.Code, CcsdsFormat.Csv);
            string hash = Convert.ToHexStringLower(SHA256.HashData(Utf8NoBom.GetBytes(content)));
            SubmissionResult result = await submissions.SubmitAsync(
                new NewSubmission(content, hash, "text/csv", Marking.Partners, [], IdempotencyKey: null),
                actors[(agency.Code, HubRole.Analyst)], cancellationToken).ConfigureAwait(false);
            if (!result.Success)
            {
                throw new InvalidOperationException("Demo seeding failed: the generated catalog of " + agency.Code + " was refused: "
                    + string.Join("; ", result.Errors.Select(e => e.Code).Concat(result.Diagnostics.Take(5).Select(d => d.ToString()))));
            }

            // As a submission over HTTP would: the background screening (of the request stored with the submission) turns
            // the engineered encounters into events.
            screening.Notify();
        }
    }

    /// <summary>Writes one OMM CSV per agency and the list of engineered conjunctions; returns the directory.</summary>
    private static string WriteCatalog(string dataDir, DemoCatalog catalog, DemoStates states)
    {
        string directory = Path.GetFullPath(Path.Combine(dataDir, HubServerOptions.DemoCatalogDirectoryName));
        Directory.CreateDirectory(directory);
        foreach (DemoAgency agency in DemoAgencies.All)
        {
            File.WriteAllText(Path.Combine(directory, $"{agency.Code}.omm.csv"), catalog.WriteOmm(agency.Code, CcsdsFormat.Csv), Utf8NoBom);
        }

        var text = new StringBuilder();
        text.AppendLine("Engineered conjunctions (SGP4, TEME; kind, primary, secondary, TCA UTC, miss m, relative speed m/s, demo state):");
        foreach (DemoConjunction c in catalog.EngineeredConjunctions)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{c.Kind}\t{c.PrimaryCatalogNumber}\t{c.SecondaryCatalogNumber}\t"
                + $"{c.Tca.ToIsoString(TimeScale.Utc, 3)}\t{c.MissDistanceMeters:F1}\t{c.RelativeSpeedMetersPerSecond:F1}\t{states.Describe(c)}");
        }

        File.WriteAllText(Path.Combine(directory, "conjunctions.txt"), text.ToString(), Utf8NoBom);
        return directory;
    }

    private static string Readme(List<(DemoAgency Agency, HubRole Role, string File)> keyFiles, DemoCatalog catalog, string catalogDir,
        IReadOnlyList<OwnershipGrant> grants, DemoStates states)
    {
        var text = new StringBuilder();
        text.AppendLine("Concord demo federation: fictional agencies, people and keys (example.org addresses).");
        text.AppendLine("Each file holds one API key; send it as 'Authorization: Bearer <key>'. Keep them private: they are real keys of this hub.");
        text.AppendLine();
        foreach (DemoAgency agency in DemoAgencies.All)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{agency.Code}  {agency.Name} ({agency.Country})");
            foreach (DemoContact contact in agency.Contacts)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    contact  {contact.Name} <{contact.Email}>");
            }

            foreach ((DemoAgency _, HubRole role, string file) in keyFiles.Where(k => k.Agency == agency))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {role.ToWireName(),-13}{file}");
            }
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Generated catalog: {catalog.Objects.Length} objects around {catalog.Now.ToIsoString(TimeScale.Utc, 0)}, OMM CSV per agency in {catalogDir}");
        text.AppendLine();
        text.AppendLine("Standing ownership grants (claims inside them are confirmed at once; agency, first, last):");
        foreach (OwnershipGrant grant in grants)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{grant.Agency}\t{grant.First}\t{grant.Last}");
        }

        text.AppendLine();
        text.AppendLine("Claims waiting for the hub administrator (confirm or reject with the key in admin.key; catalog number, agency):");
        text.AppendLine(CultureInfo.InvariantCulture, $"{PendingClaimCatalogNumber}\t{PendingClaimAgency}");
        text.AppendLine();
        AppendStates(text, catalog, states);
        return text.ToString();
    }

    /// <summary>Writes a key readable by its owner only (as <see cref="HubInitializer"/> writes <c>admin.key</c>); a stale
    /// file from a deleted database is replaced.</summary>
    private static void WriteKeyFile(string path, string secret)
    {
        File.Delete(path);
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, Encoding.ASCII, fileOptions);
        writer.Write(secret);
        writer.Write('\n');
    }

    private static T Ensure<T>(HubResult<T> result)
    {
        return result.Success
            ? result.Value!
            : throw new InvalidOperationException("Demo seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo: the hub already has agencies; nothing seeded.")]
    private static partial void LogAlreadySeeded(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo federation seeded: {Agencies} agencies, {Keys} API keys written to {KeysDirectory} (see README.txt there); {Objects} generated objects as OMM in {CatalogDirectory}.")]
    private static partial void LogSeeded(ILogger logger, int agencies, int keys, string keysDirectory, int objects, string catalogDirectory);
}
