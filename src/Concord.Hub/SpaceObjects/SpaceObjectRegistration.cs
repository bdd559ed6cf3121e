namespace Concord.Hub.SpaceObjects;

/// <summary>A request to register or replace a space object (domain input; the server maps its DTO to this). Fields
/// are as received, so that <see cref="SpaceObjectRules.Validate"/> can report every problem at once.</summary>
/// <param name="NoradId">Catalogue number as decimal digits (see <see cref="SpaceObject.CatalogNumber"/>).</param>
/// <param name="Name">See <see cref="SpaceObject.Name"/>.</param>
/// <param name="Owner">See <see cref="SpaceObject.Owner"/>.</param>
/// <param name="InternationalDesignator">See <see cref="SpaceObject.InternationalDesignator"/>.</param>
/// <param name="LaunchingState">See <see cref="SpaceObject.LaunchingState"/>.</param>
/// <param name="LaunchDate">ISO 8601 calendar date <c>YYYY-MM-DD</c> (UTC); see <see cref="SpaceObject.LaunchDate"/>.</param>
/// <param name="LaunchSite">See <see cref="SpaceObject.LaunchSite"/>.</param>
/// <param name="NodalPeriodMinutes">See <see cref="SpaceObject.NodalPeriodMinutes"/>.</param>
/// <param name="InclinationDegrees">See <see cref="SpaceObject.InclinationDegrees"/>.</param>
/// <param name="ApogeeKilometers">See <see cref="SpaceObject.ApogeeKilometers"/>.</param>
/// <param name="PerigeeKilometers">See <see cref="SpaceObject.PerigeeKilometers"/>.</param>
/// <param name="GeneralFunction">See <see cref="SpaceObject.GeneralFunction"/>.</param>
/// <param name="Status">Wire name of a <see cref="SpaceObjectStatus"/>; <see langword="null"/> means <c>unknown</c>.</param>
/// <param name="Marking">Wire name of a <see cref="Release.Marking"/>; <see langword="null"/> means the hub's default
/// (<see cref="Release.ReleaseOptions.DefaultMarking"/>) on registration, and the current marking on replacement.</param>
/// <param name="RelTo">Agency codes for <c>restricted</c>; must be empty otherwise.</param>
public sealed record SpaceObjectRegistration(
    string? NoradId,
    string? Name,
    string? Owner,
    string? InternationalDesignator = null,
    string? LaunchingState = null,
    string? LaunchDate = null,
    string? LaunchSite = null,
    double? NodalPeriodMinutes = null,
    double? InclinationDegrees = null,
    double? ApogeeKilometers = null,
    double? PerigeeKilometers = null,
    string? GeneralFunction = null,
    string? Status = null,
    string? Marking = null,
    IReadOnlyList<string>? RelTo = null);
