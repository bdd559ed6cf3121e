using Concord.Hub.Agencies;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Server.Agencies;

/// <summary><c>/api/v1/agencies</c>: registering and listing agencies.</summary>
internal static class AgencyEndpoints
{
    public static RouteGroupBuilder MapAgencies(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/v1/agencies").WithTags("Agencies").RequireAuthorization();
        group.MapPost("/", Create).RequireAuthorization(HubPolicies.HubAdmin);
        group.MapGet("/", List);
        group.MapGet("/{code}", Get);
        return group;
    }

    private static async Task<Results<Created<AgencyResponse>, ProblemHttpResult>> Create(
        CreateAgencyRequest request, AgencyService agencies, HttpContext http, CancellationToken cancellationToken)
    {
        var contacts = (request.Contacts ?? []).Select(c => new AgencyContact
        {
            Name = c.Name ?? "",
            Email = c.Email ?? "",
            Phone = c.Phone,
            Duty = c.Duty ?? false,
        }).ToList();
        var result = await agencies.CreateAsync(new NewAgency(request.Code ?? "", request.Name ?? "", request.Country ?? "", contacts),
            http.User.ToActor(), cancellationToken).ConfigureAwait(false);
        return result.Success
            ? TypedResults.Created($"/api/v1/agencies/{result.Value.Code}", AgencyResponse.From(result.Value))
            : HubProblems.From(result.Errors);
    }

    private static async Task<Ok<AgencyResponse[]>> List(AgencyService agencies, CancellationToken cancellationToken)
    {
        IReadOnlyList<Agency> all = await agencies.ListAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(all.Select(AgencyResponse.From).ToArray());
    }

    private static async Task<Results<Ok<AgencyResponse>, ProblemHttpResult>> Get(
        string code, AgencyService agencies, CancellationToken cancellationToken)
    {
        Agency? agency = await agencies.FindAsync(code, cancellationToken).ConfigureAwait(false);
        return agency is null
            ? HubProblems.Create(StatusCodes.Status404NotFound, Hub.Errors.HubErrorCodes.AgencyNotFound, "Not found", $"Agency {code} was not found.")
            : TypedResults.Ok(AgencyResponse.From(agency));
    }

    /// <summary>Body of <c>POST /api/v1/agencies</c>. Fields are nullable so that missing ones are reported together (422).</summary>
    internal sealed record CreateAgencyRequest(string? Code, string? Name, string? Country, IReadOnlyList<ContactDto>? Contacts);

    /// <summary>A contact on the wire. <c>duty</c> (optional, default false): escalations of unacknowledged high-risk
    /// conjunctions go to the duty contacts (to every contact when none is on duty).</summary>
    internal sealed record ContactDto(string? Name, string? Email, string? Phone, bool? Duty = null);

    /// <summary>An agency on the wire.</summary>
    internal sealed record AgencyResponse(string Code, string Name, string Country, IReadOnlyList<ContactDto> Contacts, DateTimeOffset CreatedAt)
    {
        public static AgencyResponse From(Agency agency) => new(agency.Code, agency.Name, agency.Country,
            agency.Contacts.Select(c => new ContactDto(c.Name, c.Email, c.Phone, c.Duty)).ToArray(), agency.CreatedAt);
    }
}
