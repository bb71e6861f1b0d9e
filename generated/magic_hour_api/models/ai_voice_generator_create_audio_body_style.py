from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_voice_generator_create_audio_body_style_voice_name import (
    AiVoiceGeneratorCreateAudioBodyStyleVoiceName,
    check_ai_voice_generator_create_audio_body_style_voice_name,
)

T = TypeVar("T", bound="AiVoiceGeneratorCreateAudioBodyStyle")


@_attrs_define
class AiVoiceGeneratorCreateAudioBodyStyle:
    """The content used to generate speech.

    Example:
        {'prompt': 'Hello, how are you?', 'voice_name': 'Elon Musk'}

    Attributes:
        prompt (str): Text used to generate speech. The character limit is 1000 characters. Example: Hello, how are
            you?.
        voice_name (AiVoiceGeneratorCreateAudioBodyStyleVoiceName): The voice to use for the speech. Available voices:
            Elon Musk, Mark Zuckerberg, Joe Rogan, Barack Obama, Morgan Freeman, Kanye West, Donald Trump, Joe Biden, Kim
            Kardashian, Taylor Swift, James Earl Jones, Samuel L. Jackson, Jeff Goldblum, David Attenborough, Sean Connery,
            Cillian Murphy, Anne Hathaway, Julia Roberts, Natalie Portman, Steve Carell, Amy Poehler, Stephen Colbert, Jimmy
            Fallon, David Letterman, Alex Trebek, Katy Perry, Prince, Kevin Bacon, Tom Hiddleston, Adam Driver, Alan
            Rickman, Alexz Johnson, Ana Gasteyer, Andrew Rannells, Arden Cho, Bear Grylls, Ben McKenzie, Ben Stiller, Ben
            Whishaw, Billie Joe Armstrong, Bingbing Li, Booboo Stewart, Bradley Steven Perry, Bruno Mars, Caity Lotz,
            Cameron Boyce, Candice Accola, Carrie Underwood, Casey Affleck, Caterina Scorsone, Cedric the Entertainer, Chace
            Crawford, Chadwick Boseman, Charlie Day, Chris Hemsworth, Chris Martin, Christopher Mintz-Plasse, Dan Fogler,
            Dan Stevens, Daniel Dae Kim, Danielle Panabaker, Dave Bautista, David Schwimmer, Denis Leary, Derek Mears, Diego
            Luna, Donald Glover, Donnie Yen, Doutzen Kroes, Dove Cameron, Dr. Dre, Drake Bell, Elle Fanning, Ernie Hudson,
            Fergie, Forest Whitaker, Francia Raisa, Freddie Highmore, Gillian Jacobs, Gina Carano, Ginnifer Goodwin, Gordon
            Ramsay, Guy Pearce, Gwendoline Christie, Hailee Steinfeld, Howie Mandel, Hugh Jackman, Hugh Laurie, J. K.
            Simmons, Jack Black, Jared Leto, Jennifer Carpenter, Kesha, Kris Jenner, Kristen Bell, Lorde, Matt Smith,
            Marilyn Monroe, Charlie Chaplin, Albert Einstein, Abraham Lincoln, John F. Kennedy, Lucille Ball, A.R. Rahman,
            Aamir Khan, Ajay Devgn, Akshay Kumar, Alain Delon, Alan Alda, Alan Cumming, Amitabh Bachchan, Ang Lee, Ansel
            Elgort, Anthony Anderson, Anthony Mackie, Armie Hammer, Asa Butterfield, B.J. Novak, Barbara Eden, Betty White,
            Bill Nighy, Bill Pullman, Blake Shelton, Bonnie Wright, Brad Paisley, Brendan Gleeson, Brian Cox, Bruno Ganz,
            Burt Reynolds, Carrie Fisher, Charles Dance, Chiwetel Ejiofor, Chris Pine, Christina Hendricks, Christina Ricci,
            Cyndi Lauper, Dakota Fanning, Damian Lewis, Dan Aykroyd, Daniel Craig, David Oyelowo, David Tennant, Diane
            Keaton, Diane Kruger, Dick Van Dyke, Domhnall Gleeson, Dominic Cooper, Donald Sutherland, Drew Carey, Eartha
            Kitt, Eddie Izzard, Edward Asner, Eli Roth, Elisabeth Moss, Ellen Burstyn, Emile Hirsch, Ezra Miller, Felicity
            Jones, Fiona Shaw, Florence Henderson, Freida Pinto, Geena Davis, Gemma Arterton, Geri Halliwell, Glenn Close,
            Gloria Steinem, Greta Gerwig, Gugu Mbatha-Raw, Hans Zimmer, Harry Connick Jr., Harvey Keitel, Helena Bonham
            Carter, Henry Cavill, Hilary Swank, Hugh Bonneville, Idina Menzel, Imelda Staunton, Ingrid Bergman, Irrfan Khan,
            Isla Fisher, Iwan Rheon, Jack Lemmon, Janet Jackson, Jason Bateman, Jason Segel, Jennifer Coolidge, Johnny
            Galecki, Jon Favreau, Joseph Gordon-Levitt, Josh Brolin, Josh Gad, Josh Groban, Julia Louis-Dreyfus, Kristen
            Stewart, Kristen Wiig, Rooney Mara, Caitriona Balfe, J.J. Abrams, Zoe Saldana, SpongeBob SquarePants, Patrick
            Star, Squidward Tentacles, Homer Simpson, Bart Simpson, Peter Griffin, Stewie Griffin, Eric Cartman, Rick
            Sanchez, Bugs Bunny, Mickey Mouse, Donald Duck, Shrek, Donkey (Shrek), Elsa (Frozen), Woody (Toy Story), Buzz
            Lightyear, Scooby-Doo, Shaggy Rogers, Bender (Futurama), Optimus Prime, Batman (Animated), The Joker (Animated),
            Darth Vader, Yoda, Gollum Smeagol, Gandalf, Winnie the Pooh, Kermit the Frog, Elmo, SpiderMan (Tom Holland
            ver.), Mario, Luigi, Sonic the Hedgehog, Naruto Uzumaki, Goku, Vegeta, Light Yagami, Luffy (One Piece), Edward
            Elric, Eren Jaeger, Levi Ackerman, Tanjiro Kamado, All Might, GLaDOS, Master Chief, Kratos, Arthur Morgan,
            Geralt of Rivia, Dwayne 'The Rock' Johnson, LeBron James, Shaquille O'Neal, Conor McGregor, Mike Tyson, Kobe
            Bryant, Floyd Mayweather, Cristiano Ronaldo, Lionel Messi, Serena Williams, Tom Brady, Stephen Curry, John Cena,
            Hulk Hogan, Stone Cold Steve Austin, The Undertaker, Nate Diaz, Charles Barkley, Shannon Sharpe, Drake, Rihanna,
            Eminem, Snoop Dogg, Jay-Z, Ed Sheeran, Billie Eilish, Ariana Grande, Adele, Post Malone, Travis Scott, Nicki
            Minaj, Cardi B, Doja Cat, Bad Bunny, Justin Bieber, Sabrina Carpenter, Chappell Roan, Dua Lipa, The Weeknd,
            Miley Cyrus, Lady Gaga, Kendrick Lamar, Ozzy Osbourne, Freddie Mercury, Elvis Presley, Bob Marley, Frank
            Sinatra, MrBeast, PewDiePie, Kai Cenat, IShowSpeed, Markiplier, Jacksepticeye, KSI, Logan Paul, Jake Paul, Dream
            (Minecraft), Corpse Husband, xQc, Pokimane, Valkyrae, Ninja, Joe Scott, Linus (LTT), Ryan Reynolds, Tom Hanks,
            Robert Downey Jr., Will Smith, Denzel Washington, Leonardo DiCaprio, Brad Pitt, Keanu Reeves, Nicolas Cage, Al
            Pacino, Robert De Niro, Arnold Schwarzenegger, Sylvester Stallone, Vin Diesel, Jason Statham, Tom Cruise, Johnny
            Depp, Scarlett Johansson, Angelina Jolie, Jennifer Aniston, Emma Watson, Margot Robbie, Sydney Sweeney, Zendaya,
            Timothee Chalamet, Pedro Pascal, Oscar Isaac, Benedict Cumberbatch, Ian McKellen, Patrick Stewart, Christopher
            Walken, Matthew McConaughey, Harrison Ford, Mark Wahlberg, Owen Wilson, Seth Rogen, Kevin Hart, Adam Sandler,
            Jim Carrey, Eddie Murphy, Robin Williams, Will Ferrell, Melissa McCarthy, Awkwafina, Jason Momoa, Idris Elba,
            Tom Hardy, Michael B. Jordan, Austin Butler, Glen Powell, Paul Giamatti, Bryan Cranston, Bob Odenkirk, Vladimir
            Putin, Queen Elizabeth II, Winston Churchill, Martin Luther King Jr., Kamala Harris, Bernie Sanders, Alexandria
            Ocasio-Cortez, Narendra Modi, Oprah Winfrey, Ellen DeGeneres, Dr. Phil, Steve Harvey, Trevor Noah, John Oliver,
            James Corden, Ryan Seacrest, Howard Stern, Conan O'Brien, Seth Meyers, Bill Nye, Neil deGrasse Tyson, Guy Fieri,
            Dave Chappelle, Chris Rock, Jerry Seinfeld, Ali Wong, John Mulaney, Hasan Minhaj, Nikki Glaser, Matt Rife,
            Gabriel Iglesias, Bo Burnham, Jeff Bezos, Bill Gates, Steve Jobs, Tim Cook, Sam Altman, Jensen Huang, Gilbert
            Gottfried, James May, Jeremy Clarkson, Richard Hammond, Bob Ross, Anthony Bourdain, David Goggins, Jordan
            Peterson, Joe Pesci, Danny DeVito, Seth MacFarlane, Patrick Warburton, Keith David, Mark Hamill, Liam Neeson,
            Antonio Banderas, Sofia Vergara, Penelope Cruz, Gal Gadot, Cate Blanchett, Viola Davis, Meryl Streep, Sandra
            Bullock, Reese Witherspoon, Salma Hayek, Lupita Nyong'o, Florence Pugh, Jenna Ortega, Ana de Armas, Jacob
            Elordi, Barry White, Dolly Parton, Willie Nelson, Lil Wayne, 50 Cent, Ice Cube, Tupac Shakur, Notorious B.I.G.,
            David Bowie, Michael Jackson, Whitney Houston, Amy Winehouse, SZA, Tyler, The Creator, Thanos, Tony Stark,
            Captain Jack Sparrow, Walter White, Tommy Shelby, Michael Scott, Dwight Schrute, Bowser, Usain Bolt, Tyson Fury,
            Dana White, Pat McAfee, Giannis Antetokounmpo, Lex Fridman, Ben Shapiro, Tucker Carlson, Martha Stewart, Gordon
            Lightfoot, Lizzo, Megan Thee Stallion, Ice Spice, 21 Savage, Metro Boomin, Jack Harlow, Peso Pluma, BTS
            Jungkook, Quentin Tarantino, Werner Herzog, Anderson Cooper, Rachel Maddow, Mahatma Gandhi, Muhammad Ali,
            Princess Diana, Nelson Mandela, Steve Irwin, Morty Smith, Andrew Huberman, Willem Dafoe, Mike Rowe, Terminator,
            Deadpool, Plankton, Mr. Krabs, Picard, Ludwig, Emma Chamberlain, Casey Neistat, Marques Brownlee, Technoblade,
            Shroud, Charli D'Amelio, Khaby Lame, Adin Ross, Trainwreckstv, Hasan Piker, Joey Diaz, Theo Von, Andrew Schulz,
            Bert Kreischer, Tom Segura, Shane Gillis, Joe List, Bobby Lee, Chris Williamson, Destiny, Ethan Klein, Hila
            Klein, Olivia Rodrigo, Gracie Abrams, Benson Boone, Noah Kahan, Zach Bryan, Morgan Wallen, Luke Combs, Chris
            Stapleton, Rauw Alejandro, Karol G, Feid, J Balvin, Central Cee, Dave (rapper), Stormzy, Gunna, Future, Lil
            Baby, Playboi Carti, Don Toliver, Lana Del Rey, Halsey, Charli XCX, Tate McRae, Conan Gray, Troye Sivan, Harry
            Styles, Niall Horan, Shawn Mendes, John Legend, Sam Smith, Roman Reigns, Cody Rhodes, Seth Rollins, CM Punk,
            Randy Orton, Triple H, Ric Flair, Khabib Nurmagomedov, Jon Jones, Israel Adesanya, Alex Pereira, Jorge Masvidal,
            Patrick Mahomes, Travis Kelce, Aaron Rodgers, Kyrie Irving, Kevin Durant, Luka Doncic, Nikola Jokic, Simone
            Biles, Novak Djokovic, Rafael Nadal, Roger Federer, Max Verstappen, Lewis Hamilton, Mark Rober, Naval Ravikant,
            Peter Attia, Gary Vaynerchuk, Alex Hormozi, Grant Cardone, JD Vance, Nancy Pelosi, Ron DeSantis, Volodymyr
            Zelenskyy, Xi Jinping, Justin Trudeau, Emmanuel Macron, Boris Johnson, Rishi Sunak, Keir Starmer, Tom Holland,
            Anya Taylor-Joy, Barry Keoghan, Paul Mescal, Rachel Zegler, Millie Bobby Brown, Finn Wolfhard, Noah Schnapp, Ke
            Huy Quan, Ayo Edebiri, Jeremy Allen White, Cloud Strife, Sephiroth, Solid Snake, Nathan Drake, Joel Miller,
            Ellie Williams, Duke Nukem, Lara Croft, Link (Zelda), Samus Aran, Kirby, Pikachu, Ash Ketchum, Agent 47, Vergil
            (DMC), Dante (DMC), Ryu (Street Fighter), Chun-Li, Scorpion (Mortal Kombat), Sub-Zero, Steve (Minecraft),
            Herobrine, Cortana, Aloy, Ezio Auditore, Altair, BJ Blazkowicz, Doom Slayer, Handsome Jack, Tracer (Overwatch),
            Genji (Overwatch), Reaper (Overwatch), Jinx (Arcane), Vi (Arcane), Nezuko Kamado, Zenitsu Agatsuma, Gojo Satoru,
            Itadori Yuji, Denji (Chainsaw Man), Power (Chainsaw Man), Zoro (One Piece), Nami (One Piece), Sasuke Uchiha,
            Kakashi Hatake, Itachi Uchiha, Spike Spiegel, L (Death Note), Saitama (One Punch Man), Deku (My Hero Academia),
            Bakugo Katsuki, Captain America (MCU), Thor (MCU), Loki (MCU), Wolverine, Groot, Rocket Raccoon, Venom, The
            Mandalorian, Baby Yoda (Grogu), Tony Montana (Scarface), John Wick, James Bond (Craig era), Ferris Bueller,
            Tyler Durden, The Dude (Big Lebowski), Forrest Gump, Willy Wonka, Freddy Krueger, Jason Voorhees, Michael Myers,
            Pennywise, Hannibal Lecter, Family Guy Quagmire, Lois Griffin, Marge Simpson, Lisa Simpson, Ned Flanders, Krusty
            the Clown, Mr. Burns, Timmy Turner, Dexter (Dexter's Lab), Johnny Bravo, Courage the Cowardly Dog, Finn the
            Human, Jake the Dog, Rick Grimes, Negan (Walking Dead), Jesse Pinkman, Saul Goodman, Tony Soprano, Jim Halpert,
            Ron Swanson, Barney Stinson, Sheldon Cooper, Jon Snow, Tyrion Lannister, Daenerys Targaryen, Arya Stark,
            Homelander, Billy Butcher, Airrack, Zach King, Dude Perfect Tyler, Colleen Ballinger, David Dobrik, James
            Charles, NikkieTutorials, Jeffree Star, Danny Duncan, FaZe Rug, SSSniperWolf, Vegetta777, Rubius, Ibai Llanos,
            Fuerza Regida, Grupo Frontera, Bizarrap, Anitta, Rosalia, Maluma, Ozuna, Manuel Turizo, Camilo, Sam Fender,
            Hozier, Fred again, GloRilla, Sexyy Red, Flo Milli, Latto, Coi Leray, Ja Morant, Anthony Edwards, Victor
            Wembanyama, Caitlin Clark, Angel Reese, Sha'Carri Richardson, Erling Haaland, Kylian Mbappe, Jude Bellingham,
            Neymar, Vinicius Junior, Shohei Ohtani, Connor McDavid, Sidney Crosby, Steven Crowder, Candace Owens, Charlie
            Kirk, Matt Walsh, Tim Dillon, Whitney Cummings, Sam Harris, Malcolm Gladwell, Simon Sinek, Mel Robbins, Jocko
            Willink, Emma Stone, Ryan Gosling, Bradley Cooper, Christian Bale, Joaquin Phoenix, Mahershala Ali, Jamie Foxx,
            Regina King, Taraji P. Henson, Octavia Spencer, John Boyega, Daisy Ridley, Jonathan Majors, Simu Liu, Constance
            Wu, Henry Golding, Dev Patel, Riz Ahmed, Mindy Kaling, Aubrey Plaza, Aziz Ansari, Randall Park, Rainbow Dash,
            Twilight Sparkle, Gumball Watterson, Rigby (Regular Show), Mordecai (Regular Show), Steven Universe, Garnet
            (Steven Universe), Aang (Avatar), Zuko (Avatar), Aretha Franklin, Stevie Wonder, Ray Charles, Johnny Cash, Jimi
            Hendrix, Janis Joplin, Kurt Cobain, Freddie Prinze, Selena Gomez, Justin Timberlake, Usher, Chris Brown, A$AP
            Rocky, RM (BTS), V (BTS), Jimin, Lisa (Blackpink), Jennie (Blackpink), Rose (Blackpink), Calvin Harris, David
            Guetta, Marshmello, Skrillex, Diplo, Zedd, Jimmy Kimmel, Graham Norton, Bill Maher, Sean Hannity, Wolf Blitzer,
            Lester Holt, Satya Nadella, Sundar Pichai, Warren Buffett, Sheryl Sandberg, Marc Andreessen, Peter Thiel,
            Stephen Hawking, Carl Sagan, Richard Feynman, Jane Goodall, Franklin D. Roosevelt, Ronald Reagan, Margaret
            Thatcher, King Charles III, Prince Harry, Prince William, Stephen King, J.K. Rowling, George R.R. Martin, Neil
            Gaiman, Malcolm X, Jamie Oliver, Tiger Woods, Venus Williams, David Beckham, Michael Phelps, Peyton Manning,
            Virat Kohli, Sachin Tendulkar, MS Dhoni, The Rock, Rey Mysterio, Bray Wyatt, Kevin Owens, H3H3, Philip DeFranco,
            Jenna Marbles, Shane Dawson, Liza Koshy, Lilly Singh, Rhett and Link, Danny Gonzalez, Drew Gooden, Cody Ko,
            Kurtis Conner, Trisha Paytas, Tana Mongeau, Jaclyn Hill, Bretman Rock, Safiya Nygaard, Shah Rukh Khan, Salman
            Khan, Priyanka Chopra, Deepika Padukone, Jennifer Lawrence, Chris Evans, Daniel Radcliffe, Rupert Grint, Anthony
            Hopkins, Jack Nicholson, Clint Eastwood, Obi-Wan Kenobi, Luke Skywalker, Han Solo, Princess Leia, Emperor
            Palpatine, Kylo Ren, C-3PO, Frodo Baggins, Aragorn, Legolas, Samwise Gamgee, Harry Potter, Hermione Granger, Ron
            Weasley, Albus Dumbledore, Severus Snape, Voldemort, Hagrid, Belle (Beauty and the Beast), Ariel (Little
            Mermaid), Cinderella, Snow White, Mulan, Rapunzel (Tangled), Fiona (Shrek), Ross Geller, Chandler Bing, Joey
            Tribbiani, Monica Geller, Rachel Green, Phoebe Buffay, George Costanza, Kramer (Seinfeld), Elaine Benes, Carlton
            Banks, Hinata Hyuga, Ichigo Kurosaki, Yoshi, Spyro, Ryu Hayabusa, Leon Kennedy, Chris Redfield, Jill Valentine,
            Ada Wong, Big Boss (MGS), Raiden (MGS), Commander Shepard, Garrus Vakarian, V (Cyberpunk), Johnny Silverhand,
            Valorant Jett, League of Legends Ahri, Yasuo (LoL), Superman, Wonder Woman, Harley Quinn, Black Panther, Doctor
            Strange, Hulk, Black Widow, Nick Fury, Ant-Man, Don Draper, Walter Bishop (Fringe), Frank Underwood, Dexter
            Morgan, Sherlock Holmes, Dr. House, Michael Corleone, Vito Corleone, Daffy Duck, Porky Pig, Tweety Bird,
            Sylvester the Cat, Fred Flintstone, Barney Rubble, George Jetson, Popeye, Skip Bayless, Stephen A Smith, Colin
            Cowherd, Ricky Gervais, Bill Burr, Sebastian Maniscalco, Trevor Wallace, Iliza Shlesinger, Bruce Springsteen,
            Eric Clapton, Mick Jagger, Paul McCartney, John Lennon, Elton John, Billy Joel, Fleetwood Mac Stevie Nicks, Sia,
            Demi Lovato, Camila Cabello, Enrique Iglesias, Ricky Martin, Faze Clan Banks, Tfue, Timthetatman, DrLupo,
            CouRage, Sykkuno, Disguised Toast, Fuslie, Jerma985, Vinesauce Vinny, Northernlion, Moistcr1tikal, Asmongold,
            Mizkif, Esfand, Quin69, Summit1g, Sodapoppin, Forsen, Pestily, Joe Budden, Charlamagne Tha God, Angela Yee, Big
            Boy, Zane Lowe, Rich Eisen, Bill Simmons, Dan Le Batard, Slash (musician), James Hetfield, Dave Grohl, Chris
            Cornell, Axl Rose, Robert Plant, Jon Bon Jovi, Chester Bennington, Corey Taylor, Fernando Alonso, Charles
            Leclerc, Daniel Ricciardo, Valentino Rossi, Marc Marquez, Travis Pastrana, Tony Hawk, Rohit Sharma, Babar Azam,
            Ben Stokes, Joe Root, Anthony Joshua, Canelo Alvarez, Ronda Rousey, Amanda Nunes, Bruce Willis, Chris Pratt,
            Charlize Theron, Nicole Kidman, Amy Adams, Jamie Lee Curtis, Gary Oldman, Mark Ruffalo, Jeremy Renner, Chris
            Tucker, Jonah Hill, Ranveer Singh, Alia Bhatt, Hrithik Roshan, Lee Min Ho, Song Joong Ki, Park Seo Joon, Kylie
            Jenner, Khloe Kardashian, Paris Hilton, Neil Armstrong, Buzz Aldrin, Yuri Gagarin, Killua Zoldyck, Gon Freecss,
            Meliodas, Natsu Dragneel, Lucy Heartfilia, Erza Scarlet, Inuyasha, Kagome Higurashi, Yusuke Urameshi, Vash the
            Stampede, Alucard (Hellsing), Guts (Berserk), Griffith (Berserk), Reigen Arataka, Mob (Mob Psycho 100), Anya
            Forger, Loid Forger, Yor Forger, Pit (Kid Icarus), Marth (Fire Emblem), Ike (Fire Emblem), Sora (Kingdom
            Hearts), Riku (Kingdom Hearts), Sam Porter Bridges, Big Smoke (GTA), CJ (GTA San Andreas), Niko Bellic, Trevor
            Philips, Michael De Santa, Franklin Clinton, Marcus Fenix, Isaac Clarke, Ellie (Borderlands), Lilith
            (Borderlands), Claptrap, Widowmaker (Overwatch), Mercy (Overwatch), Reinhardt (Overwatch), Phineas Flynn,
            Doofenshmirtz, Blossom (PPG), Bubbles (PPG), Buttercup (PPG), Mojo Jojo, Ben Tennyson, Danny Phantom, Invader
            Zim, GIR (Invader Zim), Sandy Cheeks, Ellen Ripley, Sarah Connor, Indiana Jones, Austin Powers, Inspector
            Clouseau, Gru (Despicable Me), Alvin (Chipmunks), Megatron, Chucky, Ghostface (Scream), The Grinch, Jack
            Skellington, Jayson Tatum, Devin Booker, Damian Lillard, James Harden, Russell Westbrook, Joel Embiid, Justin
            Jefferson, Josh Allen, Joe Burrow, Micah Parsons, Myles Garrett, CeeDee Lamb, Burna Boy, Wizkid, Davido, Tems,
            Magnus Carlsen, Hikaru Nakamura, MrBallen, Ned Fulmer, Zach Kornfeld, Eugene Lee Yang, Alton Brown, Andrew Rea,
            Steve-O, Johnny Knoxville, Bam Margera, Russell Brand, Piers Morgan, Douglas Murray, Dave Rubin, Michael
            Knowles, Vivek Ramaswamy, Marjorie Taylor Greene, Mitch McConnell, Mike Pence, Hillary Clinton, Bill Clinton,
            George W Bush, George H W Bush, Jimmy Carter, Angela Merkel, Tara Strong, Tom Kenny, Nolan North, Troy Baker,
            Jennifer Hale, Steve Blum, Cersei Lannister, Jaime Lannister, Sansa Stark, Bran Stark, The Hound, Melisandre,
            Varys, Petyr Baelish, Ned Stark, Gus Fring, Mike Ehrmantraut, Hank Schrader, Skyler White, Joy (Inside Out),
            Sadness (Inside Out), Anger (Inside Out), Mirabel (Encanto), Bruno (Encanto), Remy (Ratatouille), Lightning
            McQueen, Mater (Cars), Wreck-It Ralph, Vanellope von Schweetz, PointCrow, Ranboo, Wilbur Soot, Tubbo,
            GeorgeNotFound, Sapnap, Quackity, Karl Jacobs, Norman Bates, Anton Chigurh, Patrick Bateman, Travis Bickle,
            Rocky Balboa, Rambo, Maximus (Gladiator), William Wallace, King Leonidas, Leslie Knope, Tom Haverford, April
            Ludgate, Andy Dwyer, Kevin Malone, Creed Bratton, Stanley Hudson, Toby Flenderson, Angela Martin, Summer Smith,
            Beth Smith, Jerry Smith, BoJack Horseman, Todd Chavez, Princess Carolyn, Diane Nguyen, Big Mouth Nick, Maury
            (Big Mouth), Archer (Sterling), Lana Kane, Malory Archer, Fry (Futurama), Leela (Futurama), Professor
            Farnsworth, Zapp Brannigan, Beavis, Butt-Head, King of the Hill Hank Hill, Bobby Hill, Dale Gribble, Stan Marsh,
            Kyle Broflovski, Randy Marsh, Towelie, Butters Stotch, Mr. Garrison, Chef (South Park), Ike Broflovski, Wendy
            Testaburger, PC Principal, Jimmy Valmer, Michelle Obama, Al Gore, Desmond Tutu, Anthony Fauci, Greta Thunberg,
            Malala Yousafzai, Grimes, Jafar (Aladdin), Ursula (Little Mermaid), Iago (Aladdin parrot), Zazu (Lion King),
            Yzma (Emperor's New Groove), Kronk (Emperor's New Groove), Discord (My Little Pony), Skeletor (He-Man), Captain
            Hook (Peter Pan), Sebastian (Little Mermaid), HAL 9000, Mushu (Mulan), Lumiere (Beauty and the Beast), Cogsworth
            (Beauty and the Beast), Scuttle (Little Mermaid), Rafiki (Lion King), Kristoff (Frozen), Hans (Frozen), Merlin
            (Sword in the Stone) Example: Elon Musk.
    """

    prompt: str
    voice_name: AiVoiceGeneratorCreateAudioBodyStyleVoiceName
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        voice_name: str = self.voice_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "voice_name": voice_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        voice_name = check_ai_voice_generator_create_audio_body_style_voice_name(
            d.pop("voice_name")
        )

        ai_voice_generator_create_audio_body_style = cls(
            prompt=prompt,
            voice_name=voice_name,
        )

        ai_voice_generator_create_audio_body_style.additional_properties = d
        return ai_voice_generator_create_audio_body_style

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
