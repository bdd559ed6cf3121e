namespace Concord.Hub.Agencies;

/// <summary>A request to register an agency (domain input; the server maps its DTO to this).</summary>
/// <param name="Code">See <see cref="Agency.Code"/>.</param>
/// <param name="Name">See <see cref="Agency.Name"/>.</param>
/// <param name="Country">See <see cref="Agency.Country"/>.</param>
/// <param name="Contacts">See <see cref="Agency.Contacts"/>.</param>
public sealed record NewAgency(string Code, string Name, string Country, IReadOnlyList<AgencyContact> Contacts);
