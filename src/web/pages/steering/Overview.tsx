/**
 * /sturing: the steering part of vsv-monitor in one place — targets, norms, follow-up, regional programmes, the
 * national action plan and the yearly report — each with a sentence on what it answers.
 */
import { Link } from "../../router.js";
import { useTitle } from "../../title.js";

const SECTIONS = [
  { href: "/sturing/doelen", title: "Doelen en streefwaarden", body: "Het landelijke doel verdelen over de regio's (naar rato, gelijke daling, naar de beste regio's toe, of met de hand), het pad per regio naar het doeljaar, de afstand tot dat pad en de verwachting voor het landelijke aantal." },
  { href: "/sturing/normen", title: "Prestatienormen", body: "Per mbo-instelling en niveau (en per vo-soort): norm gehaald of niet, en hoeveel vsv'ers minder nodig waren geweest. Met de instellingen die de brief van 2014 met name noemt." },
  { href: "/sturing/vervolg", title: "Een jaar later", body: "Wat de vsv'ers een jaar later doen (startkwalificatie, weer op school, werk, nog vsv'er), werk van mbo-verlaters, jongeren zonder school of werk, kwetsbare groepen en de overgangen vso–mbo en vmbo–mbo." },
  { href: "/sturing/doelgroep", title: "Doelgroep Doorstroompunt", body: "Hoeveel jongeren onder de 27 die vso, praktijkonderwijs, entree of mbo 2 bol verlieten of vsv'er zijn, zonder school en zonder werk van 12 uur of meer, per regio en groep: de doelgroep van de Wet van school naar duurzaam werk." },
  { href: "/sturing/programmas", title: "Regionale programma's", body: "Per Doorstroompuntregio het programma: partijen, verplichte onderwerpen met de afspraken, maatregelen, budget, regionaal doel en indicatoren." },
  { href: "/sturing/actieplan", title: "Actieplan vsv", body: "De zes actielijnen en hun acties: status, voortgang en de indicator die elke actie moet bewegen." },
  { href: "/sturing/rapport", title: "Jaarrapportage", body: "De voortgangsrapportage met de cijferbijlage, als PDF en als Excel-bestand, gemaakt uit de gegevens in vsv-monitor." },
] as const;

export default function Overview() {
  useTitle("Sturing");
  return (
    <>
      <h1 className="utrecht-heading-1">Sturing op voortijdig schoolverlaten</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        Hoe het ministerie en de regio's sturen: landelijke en regionale doelen, prestatienormen, wat er van de vsv'ers terechtkomt, de
        regionale programma's en het landelijke actieplan.
      </p>
      <ul className="utrecht-unordered-list vsv-steering-list">
        {SECTIONS.map((s) => (
          <li key={s.href} className="utrecht-unordered-list__item">
            <h2 className="utrecht-heading-3">
              <Link href={s.href}>{s.title}</Link>
            </h2>
            <p className="utrecht-paragraph">{s.body}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
