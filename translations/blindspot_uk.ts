<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AboutBox</name>
    <message>
        <source>&lt;h3&gt;Blindspot %1&lt;/h3&gt;&lt;p&gt;A map of known surveillance and face-recognition cameras in and around metro stations, for planning trips that are less exposed to them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Works offline.&lt;/b&gt; Blindspot never opens a network connection: map data arrives only through files you choose.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty, and no map or estimate can promise safety.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Blindspot %1&lt;/h3&gt;&lt;p&gt;Карта відомих камер відеоспостереження та розпізнавання облич на станціях метро й поруч із ними — щоб планувати поїздки, під час яких ви менше потрапляєте в їхнє поле зору.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Працює без мережі.&lt;/b&gt; Blindspot ніколи не відкриває мережевих з’єднань: дані карти потрапляють до нього лише з файлів, які ви вибираєте самі.&lt;/p&gt;&lt;p&gt;Вільна програма за ліцензією GNU General Public License версії 3 або пізнішої (GPL-3.0-or-later). Вона поширюється без будь-яких гарантій, і жодна карта чи оцінка не може обіцяти безпеку.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built on Qt %1 (LGPL-3.0), OpenCV (Apache-2.0), Protocol Buffers (BSD-3-Clause), libsodium (ISC), libosmium (BSL-1.0), simdjson (Apache-2.0), libzip (BSD-3-Clause) and zlib (zlib licence).&lt;/p&gt;&lt;p&gt;How every estimate is made, with its sources: Help &amp;gt; How the estimates work.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Побудовано на Qt %1 (LGPL-3.0), OpenCV (Apache-2.0), Protocol Buffers (BSD-3-Clause), libsodium (ISC), libosmium (BSL-1.0), simdjson (Apache-2.0), libzip (BSD-3-Clause) і zlib (ліцензія zlib).&lt;/p&gt;&lt;p&gt;Як отримано кожну оцінку і на яких джерелах вона ґрунтується: Довідка &amp;gt; Як отримують оцінки.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не зазначено</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Map shown:&lt;/b&gt; %1&lt;br&gt;Publisher: %2&lt;br&gt;Licence: %3&lt;br&gt;Data: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Відкрита карта:&lt;/b&gt; %1&lt;br&gt;Видавець: %2&lt;br&gt;Ліцензія: %3&lt;br&gt;Дані: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This map is fictional training data, not a real city.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ця карта — вигадані навчальні дані, а не справжнє місто.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Further sources: %1</source>
        <translation>Ще джерел: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sources:&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Джерела:&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Blindspot</source>
        <translation>Про Blindspot</translation>
    </message>
</context>
<context>
    <name>ActivityGuide</name>
    <message>
        <source>Activity</source>
        <translation>Активність</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Обговорення</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Вхідна інформація</translation>
    </message>
    <message>
        <source>Deepening</source>
        <translation>Поглиблення</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Синтез</translation>
    </message>
    <message>
        <source>Start from what people already do: an everyday choice, made together.</source>
        <translation>Почніть із того, що люди вже роблять: із повсякденного вибору, зробленого разом.</translation>
    </message>
    <message>
        <source>Talk about what happened and what people noticed; collect questions.</source>
        <translation>Обговоріть, що сталося і що люди помітили; зберіть запитання.</translation>
    </message>
    <message>
        <source>Bring in what is known, with its sources and what is not known.</source>
        <translation>Розкажіть, що відомо, із джерелами, — і що невідомо.</translation>
    </message>
    <message>
        <source>Practise with it: apply what was learnt to a new situation.</source>
        <translation>Потренуйтеся: застосуйте дізнане до нової ситуації.</translation>
    </message>
    <message>
        <source>Each person decides what they will do: concrete, small, this week.</source>
        <translation>Кожен вирішує, що робитиме: конкретне, невелике, цього тижня.</translation>
    </message>
    <message>
        <source>Scenario: choices</source>
        <translation>Сценарій: вибір</translation>
    </message>
    <message>
        <source>Scenario: questions</source>
        <translation>Сценарій: запитання</translation>
    </message>
    <message>
        <source>Spot the camera</source>
        <translation>Знайди камеру</translation>
    </message>
    <message>
        <source>Route comparison</source>
        <translation>Порівняння маршрутів</translation>
    </message>
    <message>
        <source>Myth or evidence</source>
        <translation>Міф чи доведено</translation>
    </message>
    <message>
        <source>What a face detector sees</source>
        <translation>Що бачить детектор облич</translation>
    </message>
    <message>
        <source>Team exercise</source>
        <translation>Командна вправа</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>My plan for this week</source>
        <translation>Мій план на цей тиждень</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Перерва</translation>
    </message>
    <message>
        <source>Read the person and goal aloud. Let pairs choose before you reveal anything.</source>
        <translation>Прочитайте вголос, про кого йдеться і яка в людини мета. Дайте парам зробити вибір, перш ніж щось показувати.</translation>
    </message>
    <message>
        <source>After the reveal, ask what each option costs, not which one is right. There is no right answer.</source>
        <translation>Після показу запитайте, чого коштує кожен варіант, а не який із них правильний. Правильної відповіді немає.</translation>
    </message>
    <message>
        <source>Ask the questions one at a time and collect answers on a flip chart.</source>
        <translation>Ставте запитання по одному й записуйте відповіді на фліпчарті.</translation>
    </message>
    <message>
        <source>If fear rises, name it, and come back to what can be done.</source>
        <translation>Якщо наростає страх, назвіть його вголос і поверніться до того, що можна зробити.</translation>
    </message>
    <message>
        <source>Ask each person for one thing they noticed. Correct misunderstandings gently, especially &quot;a low number means safe&quot;.</source>
        <translation>Попросіть кожного назвати одну річ, яку він помітив. М’яко виправляйте непорозуміння, особливо «низьке число означає безпечно».</translation>
    </message>
    <message>
        <source>Hand out the worksheet. Ask for one change each person can keep up this week; small is good.</source>
        <translation>Роздайте робочий аркуш. Попросіть кожного вибрати одну зміну, якої він зможе дотримуватися цього тижня; невелика — це добре.</translation>
    </message>
    <message>
        <source>Give out the legal help sheet. Do not give legal advice yourself: point to OVD-Info.</source>
        <translation>Роздайте пам’ятку про юридичну допомогу. Самі юридичних порад не давайте: направляйте до ОВД-Інфо.</translation>
    </message>
    <message>
        <source>Invite people to step away from screens.</source>
        <translation>Запропонуйте всім відійти від екранів.</translation>
    </message>
    <message>
        <source>Say every number with its reference class: of 10 trips by someone the system is looking for. Never call anything safe.</source>
        <translation>Називайте кожне число разом із тим, до чого воно стосується: з 10 поїздок людини, яку шукає система. Ніколи нічого не називайте безпечним.</translation>
    </message>
</context>
<context>
    <name>AlternativeText</name>
    <message>
        <source>Use an entrance other than %1</source>
        <translation>Увійти через інший вхід, не %1</translation>
    </message>
    <message>
        <source>Walk to a station other than %1 and start there</source>
        <translation>Дійти пішки до іншої станції, не %1, і почати поїздку звідти</translation>
    </message>
    <message>
        <source>Get off at a station other than %1 and walk the rest</source>
        <translation>Вийти на іншій станції, не %1, і пройти решту шляху пішки</translation>
    </message>
    <message>
        <source>Go around %1 station</source>
        <translation>Прокласти маршрут в обхід станції %1</translation>
    </message>
    <message>
        <source>Avoid %1</source>
        <translation>Уникати: %1</translation>
    </message>
    <message>
        <source>Ride the metro instead of walking between stations</source>
        <translation>Їхати метро, а не йти пішки між станціями</translation>
    </message>
    <message>
        <source>Walk the whole way, without the metro</source>
        <translation>Пройти весь шлях пішки, без метро</translation>
    </message>
    <message>
        <source>If you can, travel on an ordinary day instead</source>
        <translation>Якщо можете, краще їдьте у звичайний день</translation>
    </message>
    <message>
        <source>Avoid the metro on alert days (announced protests, holidays)</source>
        <translation>Не їздіть метро в дні посиленого контролю (оголошені протести, свята)</translation>
    </message>
    <message>
        <source>If you can, avoid this trip on alert days (announced protests, holidays)</source>
        <translation>Якщо можете, не здійснюйте цю поїздку в дні посиленого контролю (оголошені протести, свята)</translation>
    </message>
    <message>
        <source>Strong evidence: on 12 June 2022, 43 people were detained in the metro through face recognition, and it repeats on holidays.</source>
        <translation>Надійні докази: 12 червня 2022 року в метро за допомогою розпізнавання облич затримали 43 людей, і це повторюється у свята.</translation>
    </message>
    <message>
        <source>What if you wear a medical mask</source>
        <translation>Що як одягнути медичну маску</translation>
    </message>
    <message>
        <source>Partial, weakening evidence: NIST tests found the best systems barely affected, and vendors say masks no longer help. Covering the face at a rally is illegal in Russia (Law 54-FZ).</source>
        <translation>Докази часткові й слабшають: за тестами NIST, на найкращі системи маска майже не впливає, а виробники кажуть, що маски більше не допомагають. Закривати обличчя на мітингу в Росії заборонено (закон 54-ФЗ).</translation>
    </message>
    <message>
        <source>What if you wear dark sunglasses</source>
        <translation>Що як одягнути темні сонцезахисні окуляри</translation>
    </message>
    <message>
        <source>Moderate evidence, from laboratory tests only.</source>
        <translation>Помірні докази, лише з лабораторних випробувань.</translation>
    </message>
    <message>
        <source>What if you wear a cap and look down</source>
        <translation>Що як одягнути кепку й дивитися вниз</translation>
    </message>
    <message>
        <source>Unknown: turnstile cameras sit at face height, where a cap hides little.</source>
        <translation>Невідомо: камери на турнікетах висять на рівні обличчя, і від них кепка майже нічого не приховує.</translation>
    </message>
    <message>
        <source>No route reaches the destination that way.</source>
        <translation>Так до місця призначення не дістатися: маршруту немає.</translation>
    </message>
    <message>
        <source>On such a day this way: %1 (%2-%3 of 10).</source>
        <translation>У такий день цим маршрутом: %1 (%2-%3 з 10).</translation>
    </message>
    <message>
        <source>Then %1 (%2-%3 of 10), %4: this raises the chance.</source>
        <translation>Тоді %1 (%2-%3 з 10), %4: це підвищує ймовірність.</translation>
    </message>
    <message>
        <source>Then still %1 (%2-%3 of 10), %4, but fewer good looks at your face: about %5 instead of %6.</source>
        <translation>Однаково %1 (%2-%3 з 10), %4, але вдалих знімків вашого обличчя менше: близько %5 замість %6.</translation>
    </message>
    <message>
        <source>Then still %1 (%2-%3 of 10), %4, but fewer good looks at your face: about %5 instead of %6 (face-recognition checkpoints: %7 instead of %8).</source>
        <translation>Однаково %1 (%2-%3 з 10), %4, але вдалих знімків вашого обличчя менше: близько %5 замість %6 (пунктів контролю з розпізнаванням облич: %7 замість %8).</translation>
    </message>
    <message>
        <source>Then still %1 (%2-%3 of 10), %4, but fewer face-recognition checkpoints: %5 instead of %6 (good looks at your face: about %7).</source>
        <translation>Однаково %1 (%2-%3 з 10), %4, але пунктів контролю з розпізнаванням облич менше: %5 замість %6 (вдалих знімків вашого обличчя: близько %7).</translation>
    </message>
    <message>
        <source>Then: %1 (%2-%3 of 10), %4.</source>
        <translation>Тоді: %1 (%2-%3 з 10), %4.</translation>
    </message>
    <message>
        <source>Then still %1 (%2-%3 of 10), %4: this does not lower the chance here.</source>
        <translation>Однаково %1 (%2-%3 з 10), %4: тут це не знижує ймовірність.</translation>
    </message>
    <message>
        <source>(Planning found a different way for this.)</source>
        <translation>(Для цього знайдено інший шлях.)</translation>
    </message>
    <message>
        <source>using another entrance at %1</source>
        <translation>інший вхід на станції %1</translation>
    </message>
    <message>
        <source>starting at a station other than %1</source>
        <translation>посадка на іншій станції замість станції %1</translation>
    </message>
    <message>
        <source>getting off at a station other than %1</source>
        <translation>вихід на іншій станції замість станції %1</translation>
    </message>
    <message>
        <source>going around %1 station</source>
        <translation>маршрут в обхід станції %1</translation>
    </message>
    <message>
        <source>avoiding line %1</source>
        <translation>маршрут без лінії %1</translation>
    </message>
    <message>
        <source>riding the metro instead of walking between stations</source>
        <translation>метро замість пішого переходу між станціями</translation>
    </message>
    <message>
        <source>walking the whole way</source>
        <translation>увесь шлях пішки</translation>
    </message>
    <message>
        <source>travelling on an ordinary day</source>
        <translation>поїздка у звичайний день</translation>
    </message>
    <message>
        <source>travelling on an alert day</source>
        <translation>поїздка в день посиленого контролю</translation>
    </message>
    <message>
        <source>wearing a medical mask</source>
        <translation>медична маска</translation>
    </message>
    <message>
        <source>wearing dark sunglasses</source>
        <translation>темні сонцезахисні окуляри</translation>
    </message>
    <message>
        <source>wearing a cap with your head down</source>
        <translation>погляд униз з-під кепки</translation>
    </message>
    <message>
        <source>Also tried, without lowering the chance here: %1.</source>
        <translation>Також перевірили, але ймовірність тут від цього не нижча: %1.</translation>
    </message>
    <message>
        <source>Nothing Blindspot tried lowers the chance here: %1.</source>
        <translation>Жоден із варіантів, які перевірив Blindspot, не знижує тут імовірність: %1.</translation>
    </message>
    <message>
        <source>What if… (a what-if, never a promise of safety)</source>
        <translation>Що як… (це припущення, а не обіцянка безпеки)</translation>
    </message>
    <message>
        <source>Your time limit hides a way with a lower chance: %1 (%2-%3 of 10) instead of %4, %5 than the fastest.</source>
        <translation>Обмеження за часом приховує шлях, де ймовірність нижча: %1 (%2-%3 з 10) замість %4; він %5, ніж найшвидший.</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Зупиняємо…</translation>
    </message>
</context>
<context>
    <name>CameraPainter</name>
    <message>
        <source>%1k</source>
        <translation>%1 тис.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;blindspot-cli --help&quot; for usage.</source>
        <translation>Довідка: «blindspot-cli --help».</translation>
    </message>
    <message>
        <source>face recognition confirmed</source>
        <translation>розпізнавання облич підтверджено</translation>
    </message>
    <message>
        <source>face recognition suspected</source>
        <translation>розпізнавання облич імовірне</translation>
    </message>
    <message>
        <source>no face recognition</source>
        <translation>без розпізнавання облич</translation>
    </message>
    <message>
        <source>unknown (no data)</source>
        <translation>невідомо (немає даних)</translation>
    </message>
    <message>
        <source>FICTIONAL training data: not a real city.</source>
        <translation>ВИГАДАНІ навчальні дані: це не справжнє місто.</translation>
    </message>
    <message>
        <source>Dataset id: %1, version %2</source>
        <translation>Ідентифікатор набору даних: %1, версія %2</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>Видавець: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Ліцензія: %1</translation>
    </message>
    <message>
        <source>Attribution: %1</source>
        <translation>Зазначення авторства: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Створено: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Строк дії спливає: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>Lines: %1, stations: %2, transfer complexes: %3, entrances: %4, zones: %5</source>
        <translation>Ліній: %1, станцій: %2, пересадкових вузлів: %3, входів: %4, зон: %5</translation>
    </message>
    <message>
        <source>Cameras: %1</source>
        <translation>Камер: %1</translation>
    </message>
    <message>
        <source>Survey areas: %1</source>
        <translation>Обстежених районів: %1</translation>
    </message>
    <message>
        <source>Bounding box (S, W, N, E): %1, %2, %3, %4</source>
        <translation>Межі (Пд, Зх, Пн, Сх): %1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Output .bspack file.</source>
        <translation>Вихідний файл .bspack.</translation>
    </message>
    <message>
        <source>usage: blindspot-cli demo --out FILE.bspack</source>
        <translation>використання: blindspot-cli demo --out FILE.bspack</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вивести у форматі JSON.</translation>
    </message>
    <message>
        <source>usage: blindspot-cli info FILE [--json]</source>
        <translation>використання: blindspot-cli info FILE [--json]</translation>
    </message>
    <message>
        <source>Input format: osm, pbf, gtfs, geojson, csv, kml, gpx or bspack (default: guessed).</source>
        <translation>Вхідний формат: osm, pbf, gtfs, geojson, csv, kml, gpx або bspack (за замовчуванням визначається автоматично).</translation>
    </message>
    <message>
        <source>usage: blindspot-cli validate FILE [--format F]</source>
        <translation>використання: blindspot-cli validate FILE [--format F]</translation>
    </message>
    <message>
        <source>unsupported format &quot;%1&quot;; this version reads: %2</source>
        <translation>формат «%1» не підтримується; ця версія читає: %2</translation>
    </message>
    <message>
        <source>%1: valid (%2 stations, %3 cameras)</source>
        <translation>%1: файл коректний (станцій: %2, камер: %3)</translation>
    </message>
    <message>
        <source>Number of cameras.</source>
        <translation>Кількість камер.</translation>
    </message>
    <message>
        <source>Number of stations.</source>
        <translation>Кількість станцій.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Початкове значення генератора випадкових чисел.</translation>
    </message>
    <message>
        <source>--cameras must be a whole number from 1 to %1</source>
        <translation>--cameras: потрібне ціле число від 1 до %1</translation>
    </message>
    <message>
        <source>--stations must be a whole number from 4 to %1</source>
        <translation>--stations: потрібне ціле число від 4 до %1</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed: потрібне ціле невід’ємне число</translation>
    </message>
    <message>
        <source>Output PNG file.</source>
        <translation>Вихідний файл PNG.</translation>
    </message>
    <message>
        <source>Cell size in metres.</source>
        <translation>Розмір клітинки в метрах.</translation>
    </message>
    <message>
        <source>Day profile: ordinary or event.</source>
        <translation>Тип дня: ordinary (звичайний) або event (день посиленого контролю).</translation>
    </message>
    <message>
        <source>Which end of the parameter ranges: low, central or high.</source>
        <translation>Яку межу діапазонів параметрів узяти: low (нижню), central (середнє значення) або high (верхню).</translation>
    </message>
    <message>
        <source>usage: blindspot-cli density FILE.bspack --out heatmap.png [--cell 10] [--profile ordinary|event] [--bound low|central|high]</source>
        <translation>використання: blindspot-cli density FILE.bspack --out heatmap.png [--cell 10] [--profile ordinary|event] [--bound low|central|high]</translation>
    </message>
    <message>
        <source>--cell must be a number of metres from %1 to %2, e.g. 10</source>
        <translation>--cell: потрібне число метрів від %1 до %2, наприклад 10</translation>
    </message>
    <message>
        <source>--bound must be low, central or high</source>
        <translation>--bound: допустимі значення — low, central або high</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;; known: %2</source>
        <translation>невідомий тип дня «%1»; допустимі: %2</translation>
    </message>
    <message>
        <source>%1: the dataset has no positions to draw</source>
        <translation>%1: у наборі даних немає об’єктів із координатами, малювати нічого</translation>
    </message>
    <message>
        <source>Note: %1 m cells would make the grid too large for this dataset; using %2 m cells.</source>
        <translation>Примітка: з клітинками по %1 м сітка для цього набору даних була б завеликою; використано клітинки по %2 м.</translation>
    </message>
    <message>
        <source>%1: heatmap of %2 x %3 cells of %4 m</source>
        <translation>%1: теплова карта %2 x %3 клітинок по %4 м</translation>
    </message>
    <message>
        <source>--csv-map expects FIELD=COLUMN pairs separated by commas, not &quot;%1&quot;</source>
        <translation>--csv-map: потрібні пари ПОЛЕ=СТОВПЕЦЬ через кому, а не «%1»</translation>
    </message>
    <message>
        <source>--csv-map: unknown field &quot;%1&quot;; fields are: %2</source>
        <translation>--csv-map: невідоме поле «%1»; допустимі поля: %2</translation>
    </message>
    <message>
        <source>--csv-map is empty</source>
        <translation>--csv-map: порожнє значення</translation>
    </message>
    <message>
        <source>new line</source>
        <translation>нова лінія</translation>
    </message>
    <message>
        <source>known line</source>
        <translation>уже відома лінія</translation>
    </message>
    <message>
        <source>new station</source>
        <translation>нова станція</translation>
    </message>
    <message>
        <source>known station</source>
        <translation>уже відома станція</translation>
    </message>
    <message>
        <source>new entrance</source>
        <translation>новий вхід</translation>
    </message>
    <message>
        <source>known entrance</source>
        <translation>уже відомий вхід</translation>
    </message>
    <message>
        <source>new zone</source>
        <translation>нова зона</translation>
    </message>
    <message>
        <source>known zone</source>
        <translation>уже відома зона</translation>
    </message>
    <message>
        <source>new camera</source>
        <translation>нова камера</translation>
    </message>
    <message>
        <source>same camera</source>
        <translation>та сама камера</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>розбіжність</translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation>ВІДХИЛЕНО</translation>
    </message>
    <message>
        <source>new survey area</source>
        <translation>новий обстежений район</translation>
    </message>
    <message>
        <source>known survey area</source>
        <translation>уже відомий обстежений район</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation>%1: задано значення %2</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1: додано</translation>
    </message>
    <message>
        <source>%1 raised from %2 to %3</source>
        <translation>%1: підвищено з %2 до %3</translation>
    </message>
    <message>
        <source>%1: %2 kept, the new source says %3</source>
        <translation>%1: залишено %2, нове джерело вказує %3</translation>
    </message>
    <message>
        <source>%1 would be lowered from %2 to %3 by an untrusted source</source>
        <translation>%1: недовірене джерело знизило б значення з %2 до %3</translation>
    </message>
    <message>
        <source>line</source>
        <translation>лінія</translation>
    </message>
    <message>
        <source>station</source>
        <translation>станція</translation>
    </message>
    <message>
        <source>entrance</source>
        <translation>вхід</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>зона</translation>
    </message>
    <message>
        <source>survey area</source>
        <translation>обстежений район</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>камера</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 same, %4 conflicts, %5 rejected cameras; %6 new and %7 known stations; %8 new lines</source>
        <translation>%1: камери — нових: %2, тих самих: %3, з розбіжностями: %4, відхилених: %5; станції — нових: %6, уже відомих: %7; нових ліній: %8</translation>
    </message>
    <message>
        <source>(%1 %2</source>
        <translation>(%1 %2</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 м</translation>
    </message>
    <message>
        <source>not applied without review</source>
        <translation>без перевірки не застосовується</translation>
    </message>
    <message>
        <source>Input format: %1.</source>
        <translation>Вхідний формат: %1.</translation>
    </message>
    <message>
        <source>Columns for fields, e.g. lat=latitude,lon=longitude,fr=face_rec.</source>
        <translation>Стовпці для полів, наприклад lat=latitude,lon=longitude,fr=face_rec.</translation>
    </message>
    <message>
        <source>CSV delimiter (one character, or tab).</source>
        <translation>Роздільник CSV (один символ або tab).</translation>
    </message>
    <message>
        <source>Show what would change; write nothing.</source>
        <translation>Показати, що зміниться, нічого не записуючи.</translation>
    </message>
    <message>
        <source>Trust the inputs&apos; sources: they may lower FR status (as conflicts for review).</source>
        <translation>Довіряти джерелам вхідних файлів: вони можуть знижувати статус розпізнавання облич (це записується як розбіжність для перевірки).</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; formats are: %2</source>
        <translation>невідомий формат «%1»; допустимі формати: %2</translation>
    </message>
    <message>
        <source>--delimiter expects one ASCII character, or tab</source>
        <translation>--delimiter: потрібен один символ ASCII або tab</translation>
    </message>
    <message>
        <source>%1: cannot merge fictional training data with real data</source>
        <translation>%1: не можна об’єднувати вигадані навчальні дані зі справжніми</translation>
    </message>
    <message>
        <source>%1: %2 cameras, %3 stations, %4 lines from %5 input(s)</source>
        <translation>%1: камер: %2, станцій: %3, ліній: %4; вхідних файлів: %5</translation>
    </message>
    <message>
        <source>Output format: geojson, csv, kml or osm.</source>
        <translation>Вихідний формат: geojson, csv, kml або osm.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Вихідний файл.</translation>
    </message>
    <message>
        <source>usage: blindspot-cli export FILE.bspack --format geojson|csv|kml|osm --out OUT</source>
        <translation>використання: blindspot-cli export FILE.bspack --format geojson|csv|kml|osm --out OUT</translation>
    </message>
    <message>
        <source>cannot export to &quot;%1&quot;; formats are: geojson, csv, kml, osm</source>
        <translation>експорт у «%1» неможливий; допустимі формати: geojson, csv, kml, osm</translation>
    </message>
    <message>
        <source>%1: %2 cameras</source>
        <translation>%1: камер: %2</translation>
    </message>
    <message>
        <source>demo --out FILE.bspack          write the fictional training city</source>
        <translation>demo --out FILE.bspack          записати вигадане навчальне місто</translation>
    </message>
    <message>
        <source>info FILE [--json]              header, counts, bounding box, stations</source>
        <translation>info FILE [--json]              заголовок, кількість об’єктів, межі, станції</translation>
    </message>
    <message>
        <source>validate FILE [--format F]      exit 0 if valid, 1 with FILE:LINE:COL: message</source>
        <translation>validate FILE [--format F]      код 0, якщо файл коректний; 1 і повідомлення ФАЙЛ:РЯДОК:СТОВПЕЦЬ: текст</translation>
    </message>
    <message>
        <source>import INPUT... --out FILE.bspack [--format F] [--csv-map SPEC] [--delimiter C] [--dry-run] [--trust]   read and merge</source>
        <translation>import INPUT... --out FILE.bspack [--format F] [--csv-map SPEC] [--delimiter C] [--dry-run] [--trust]   прочитати й об’єднати</translation>
    </message>
    <message>
        <source>export FILE.bspack --format geojson|csv|kml|osm --out OUT   cameras with provenance</source>
        <translation>export FILE.bspack --format geojson|csv|kml|osm --out OUT   камери із зазначенням джерел</translation>
    </message>
    <message>
        <source>density FILE --out PNG [--cell 10] [--profile P] [--bound low|central|high]   face-recognition heatmap</source>
        <translation>density FILE --out PNG [--cell 10] [--profile P] [--bound low|central|high]   теплова карта розпізнавання облич</translation>
    </message>
    <message>
        <source>keygen --out NAME [--no-passphrase]   minisign key pair NAME.pub, NAME.key (passphrase from the terminal or BLINDSPOT_PASSPHRASE)</source>
        <translation>keygen --out NAME [--no-passphrase]   пара ключів minisign NAME.pub, NAME.key (парольна фраза — з термінала або BLINDSPOT_PASSPHRASE)</translation>
    </message>
    <message>
        <source>sign PACK --key NAME.key [--comment TEXT]   write PACK.minisig</source>
        <translation>sign PACK --key NAME.key [--comment TEXT]   записати підпис PACK.minisig</translation>
    </message>
    <message>
        <source>verify PACK --pubkey NAME.pub [--sig FILE]   exit 0 if validly signed, 1 with the reason</source>
        <translation>verify PACK --pubkey NAME.pub [--sig FILE]   код 0, якщо підпис правильний; 1 і причина</translation>
    </message>
    <message>
        <source>Usage: blindspot-cli COMMAND [OPTIONS]</source>
        <translation>Використання: blindspot-cli КОМАНДА [ПАРАМЕТРИ]</translation>
    </message>
    <message>
        <source>Blindspot works offline: it never opens a network connection.</source>
        <translation>Blindspot працює без мережі: він ніколи не відкриває мережевих з’єднань.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команди:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 bad input, 2 usage error.</source>
        <translation>Коди завершення: 0 — успіх, 1 — помилка у вхідних даних, 2 — помилка в команді.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>невідома команда «%1»</translation>
    </message>
    <message>
        <source>Route %1 of %2: %3, transfers: %4</source>
        <translation>Маршрут %1 з %2: %3, пересадок: %4</translation>
    </message>
    <message>
        <source>Chance of being identified: %1</source>
        <translation>Імовірність, що вас упізнають: %1</translation>
    </message>
    <message>
        <source>Mapped cameras with face recognition confirmed or suspected along the way: %1</source>
        <translation>Камер на шляху, нанесених на карту, з підтвердженим або ймовірним розпізнаванням облич: %1</translation>
    </message>
    <message>
        <source>most of the risk is here</source>
        <translation>тут основна частина ризику</translation>
    </message>
    <message>
        <source>this step alone: %1; from %2</source>
        <translation>лише цей крок: %1; звідки ризик: %2</translation>
    </message>
    <message>
        <source>unknown station &quot;%1&quot;</source>
        <translation>невідома станція «%1»</translation>
    </message>
    <message>
        <source>End, like --from.</source>
        <translation>Куди, у тому ж вигляді, що й --from.</translation>
    </message>
    <message>
        <source>fastest, least-exposed or pareto.</source>
        <translation>fastest (найшвидший), least-exposed (найменший ризик) або pareto (усі найкращі компроміси).</translation>
    </message>
    <message>
        <source>any, metro or walk.</source>
        <translation>any (будь-який спосіб), metro (метро) або walk (пішки).</translation>
    </message>
    <message>
        <source>Stations to avoid, comma-separated.</source>
        <translation>Станції, яких слід уникати, через кому.</translation>
    </message>
    <message>
        <source>Lines to avoid (ref or name), comma-separated.</source>
        <translation>Лінії, яких слід уникати (номер або назва), через кому.</translation>
    </message>
    <message>
        <source>Entrance numbers to avoid (entrance:N), comma-separated.</source>
        <translation>Номери входів, яких слід уникати (entrance:N), через кому.</translation>
    </message>
    <message>
        <source>At most this many times the fastest route&apos;s duration.</source>
        <translation>Не довше, ніж у стільки разів більше за час найшвидшого маршруту.</translation>
    </message>
    <message>
        <source>What if: wearing a medical mask.</source>
        <translation>Що як: у медичній масці.</translation>
    </message>
    <message>
        <source>What if: wearing dark sunglasses.</source>
        <translation>Що як: у темних сонцезахисних окулярах.</translation>
    </message>
    <message>
        <source>What if: wearing a cap against ceiling cameras.</source>
        <translation>Що як: у кепці проти стельових камер.</translation>
    </message>
    <message>
        <source>A JSON file of model parameter overrides.</source>
        <translation>Файл JSON зі зміненими параметрами моделі.</translation>
    </message>
    <message>
        <source>--mode must be fastest, least-exposed or pareto</source>
        <translation>--mode: допустимі значення — fastest, least-exposed або pareto</translation>
    </message>
    <message>
        <source>--travel must be any, metro or walk</source>
        <translation>--travel: допустимі значення — any, metro або walk</translation>
    </message>
    <message>
        <source>--budget must be a number of at least 1, e.g. 1.5</source>
        <translation>--budget: потрібне число не менше за 1, наприклад 1.5</translation>
    </message>
    <message>
        <source>%1: no station, entrance or position called &quot;%2&quot;</source>
        <translation>%1: немає станції, входу або точки «%2»</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Можливо, ви мали на увазі: %1?</translation>
    </message>
    <message>
        <source>unknown line &quot;%1&quot;</source>
        <translation>невідома лінія «%1»</translation>
    </message>
    <message>
        <source>unknown entrance &quot;%1&quot;</source>
        <translation>невідомий вхід «%1»</translation>
    </message>
    <message>
        <source>%1: no route found from &quot;%2&quot; to &quot;%3&quot; with these constraints</source>
        <translation>%1: із цими обмеженнями маршрут із «%2» до «%3» не знайдено</translation>
    </message>
    <message>
        <source>fastest</source>
        <translation>найшвидший</translation>
    </message>
    <message>
        <source>least exposed</source>
        <translation>найменший ризик</translation>
    </message>
    <message>
        <source>No route is safe: a low number is not a promise. To lower the chance: compare routes and entrances (--mode pareto), avoid alert days (--profile event shows them), and see the methodology for what the numbers do not cover.</source>
        <translation>Жоден маршрут не є безпечним: низьке число — не обіцянка. Щоб знизити ймовірність, порівняйте маршрути та входи (--mode pareto), не їздіть у дні посиленого контролю (їх показує --profile event) і прочитайте в методиці, чого ці числа не враховують.</translation>
    </message>
    <message>
        <source>%1: wrong passphrase for this key</source>
        <translation>%1: неправильна парольна фраза для цього ключа</translation>
    </message>
    <message>
        <source>%1: too many wrong passphrases; try again in %2 s</source>
        <translation>%1: забагато невдалих спроб; спробуйте знову через %2 с</translation>
    </message>
    <message>
        <source>%1: not enough memory to derive the key from the passphrase</source>
        <translation>%1: недостатньо пам’яті, щоб отримати ключ із парольної фрази</translation>
    </message>
    <message>
        <source>%1: the workspace is locked</source>
        <translation>%1: робочу область заблоковано</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Парольна фраза: </translation>
    </message>
    <message>
        <source>Passphrase (again): </source>
        <translation>Парольна фраза (ще раз): </translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
    <message>
        <source>valid signature</source>
        <translation>підпис правильний</translation>
    </message>
    <message>
        <source>wrong key: the pack was signed with another key than this public key</source>
        <translation>не той ключ: пакет даних підписано іншим ключем, а не парним до цього відкритого ключа</translation>
    </message>
    <message>
        <source>bad signature: the pack or its signature was altered after signing</source>
        <translation>неправильний підпис: пакет даних або його підпис змінено після підписання</translation>
    </message>
    <message>
        <source>tampered comment: the trusted comment was altered after signing</source>
        <translation>коментар підмінено: довірений коментар змінено після підписання</translation>
    </message>
    <message>
        <source>the signed comment names another dataset id, version or expiry than the pack itself</source>
        <translation>у підписаному коментарі зазначено інші ідентифікатор набору даних, версію або строк дії, ніж у самому пакеті даних</translation>
    </message>
    <message>
        <source>expired: the signature is valid, but the pack&apos;s expiry date has passed</source>
        <translation>строк минув: підпис правильний, але строк дії пакета даних закінчився</translation>
    </message>
    <message>
        <source>Key name: writes NAME.pub and NAME.key.</source>
        <translation>Ім’я ключа: буде записано NAME.pub і NAME.key.</translation>
    </message>
    <message>
        <source>Store the secret key unencrypted (like minisign -W).</source>
        <translation>Зберегти секретний ключ без шифрування (як minisign -W).</translation>
    </message>
    <message>
        <source>Overwrite an existing key pair.</source>
        <translation>Перезаписати наявну пару ключів.</translation>
    </message>
    <message>
        <source>usage: blindspot-cli keygen --out NAME [--no-passphrase] [--force]</source>
        <translation>використання: blindspot-cli keygen --out NAME [--no-passphrase] [--force]</translation>
    </message>
    <message>
        <source>%1 or %2 exists; add --force to overwrite it</source>
        <translation>%1 або %2 уже існує; щоб перезаписати, додайте --force</translation>
    </message>
    <message>
        <source>a passphrase is needed (or --no-passphrase)</source>
        <translation>потрібна парольна фраза (або --no-passphrase)</translation>
    </message>
    <message>
        <source>Secret key: %1 (keep it secret)</source>
        <translation>Секретний ключ: %1 (зберігайте його в таємниці)</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>Відкритий ключ: %1</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>Ідентифікатор ключа: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Відбиток: %1</translation>
    </message>
    <message>
        <source>minisign can verify with: minisign -Vm FILE -P %1</source>
        <translation>Перевірка за допомогою minisign: minisign -Vm FILE -P %1</translation>
    </message>
    <message>
        <source>Secret key file (NAME.key).</source>
        <translation>Файл секретного ключа (NAME.key).</translation>
    </message>
    <message>
        <source>Untrusted comment line (like minisign -c); not covered by the signature.</source>
        <translation>Недовірений коментар (як minisign -c); підписом не захищений.</translation>
    </message>
    <message>
        <source>Signature file to write (default PACK.minisig).</source>
        <translation>Файл, куди записати підпис (за замовчуванням PACK.minisig).</translation>
    </message>
    <message>
        <source>usage: blindspot-cli sign PACK --key NAME.key [--comment TEXT]</source>
        <translation>використання: blindspot-cli sign PACK --key NAME.key [--comment TEXT]</translation>
    </message>
    <message>
        <source>this key needs its passphrase</source>
        <translation>для цього ключа потрібна його парольна фраза</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Підпис: %1</translation>
    </message>
    <message>
        <source>Trusted comment: %1</source>
        <translation>Довірений коментар: %1</translation>
    </message>
    <message>
        <source>Public key file (NAME.pub).</source>
        <translation>Файл відкритого ключа (NAME.pub).</translation>
    </message>
    <message>
        <source>Signature file (default PACK.minisig).</source>
        <translation>Файл підпису (за замовчуванням PACK.minisig).</translation>
    </message>
    <message>
        <source>usage: blindspot-cli verify PACK --pubkey NAME.pub [--sig FILE]</source>
        <translation>використання: blindspot-cli verify PACK --pubkey NAME.pub [--sig FILE]</translation>
    </message>
    <message>
        <source>%1: the signature is valid, but the pack cannot be read:</source>
        <translation>%1: підпис правильний, але пакет даних не вдається прочитати:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Signed by key %1; the public key is %2.</source>
        <translation>Підписано ключем %1; відкритий ключ — %2.</translation>
    </message>
    <message>
        <source>%1: %2, key %3 (fingerprint %4)</source>
        <translation>%1: %2, ключ %3 (відбиток %4)</translation>
    </message>
    <message>
        <source>Dataset %1, version %2, expires %3</source>
        <translation>Набір даних %1, версія %2, строк дії спливає: %3</translation>
    </message>
    <message>
        <source>The trusted comment does not restate the dataset id, version and expiry (not signed by Blindspot); the pack&apos;s own header, which the signature covers, is shown above.</source>
        <translation>Довірений коментар не повторює ідентифікатор набору даних, версію та строк дії (підписано не в Blindspot); вище показано заголовок самого пакета даних, який захищено підписом.</translation>
    </message>
    <message>
        <source>%1: this map has no metro stations; plan with --travel any or walk</source>
        <translation>%1: на цій карті немає станцій метро; побудуйте маршрут із --travel any або walk</translation>
    </message>
    <message>
        <source>The surveillance context whose priors apply to the pack: %1 (default: the inputs&apos; own, else unknown).</source>
        <translation>Контекст спостереження, припущення якого застосовуються до пакета: %1 (за замовчуванням — контекст вхідних файлів, інакше unknown).</translation>
    </message>
    <message>
        <source>unknown context &quot;%1&quot;; contexts are: %2</source>
        <translation>невідомий контекст «%1»; допустимі: %2</translation>
    </message>
    <message>
        <source>exposure FILE --track PATH.gpx|PATH.geojson [--range-m R] [--profile P] [--json]   the same figures for a path walked as it is</source>
        <translation>exposure FILE --track PATH.gpx|PATH.geojson [--range-m R] [--profile P] [--json]   ті самі показники для шляху, пройденого як є</translation>
    </message>
    <message>
        <source>The path: a GPX track or route, or a GeoJSON LineString.</source>
        <translation>Шлях: трек або маршрут GPX чи лінія GeoJSON (LineString).</translation>
    </message>
    <message>
        <source>Count a camera as having the walker in view within this many metres, whichever way it looks (default: its field of view out to the model&apos;s view range).</source>
        <translation>Вважати, що камера бачить пішохода в межах стількох метрів, куди б вона не дивилася (за замовчуванням: її поле зору до дальності видимості моделі).</translation>
    </message>
    <message>
        <source>usage: blindspot-cli exposure FILE --track PATH [--range-m R] [--profile P] [--json]</source>
        <translation>використання: blindspot-cli exposure FILE --track PATH [--range-m R] [--profile P] [--json]</translation>
    </message>
    <message>
        <source>--range-m must be a number of metres above 0, at most 1000</source>
        <translation>--range-m: потрібне число метрів більше 0 і не більше 1000</translation>
    </message>
    <message>
        <source>&quot;In view&quot; here: within %1 of a camera, whichever way it looks.</source>
        <translation>«У полі зору» тут: ближче %1 до камери, куди б вона не дивилася.</translation>
    </message>
    <message>
        <source>route FILE --from A --to B [--mode fastest|least-exposed|pareto] [--profile P] [--suggest] [--json]   chance of being identified on each route, step by step</source>
        <translation>route FILE --from A --to B [--mode fastest|least-exposed|pareto] [--profile P] [--suggest] [--json]   імовірність упізнання на кожному маршруті, крок за кроком</translation>
    </message>
    <message>
        <source>What would lower the risk (compared with route %1):</source>
        <translation>Що знизило б ризик (порівняно з маршрутом %1):</translation>
    </message>
    <message>
        <source>Also say what would lower the risk of the least exposed route (or the one route of --mode fastest or least-exposed): other entrances, stations, lines, walking, another day, what-ifs; each planned again.</source>
        <translation>Також сказати, що знизило б ризик на маршруті з найменшим ризиком (або на єдиному маршруті за --mode fastest чи least-exposed): інші входи, станції, лінії, шлях пішки, інший день, припущення «що як»; кожен варіант розраховується заново.</translation>
    </message>
    <message>
        <source>usage: blindspot-cli route FILE --from PLACE --to PLACE [--mode fastest|least-exposed|pareto] [--profile P] [--suggest] [--json]</source>
        <translation>використання: blindspot-cli route FILE --from PLACE --to PLACE [--mode fastest|least-exposed|pareto] [--profile P] [--suggest] [--json]</translation>
    </message>
    <message>
        <source>synth --cameras N --stations N --seed S [--street-block M] --out FILE   large synthetic city</source>
        <translation>synth --cameras N --stations N --seed S [--street-block M] --out FILE   велике синтетичне місто</translation>
    </message>
    <message>
        <source>Metres between the streets of a walking grid over the whole city (100 gives about 1.8 million street nodes, Moscow-sized); 0 for no streets.</source>
        <translation>Відстань у метрах між вулицями пішохідної сітки на все місто (100 дає близько 1,8 млн вузлів вулиць, як у Москві); 0 — без вулиць.</translation>
    </message>
    <message>
        <source>usage: blindspot-cli synth --cameras N --stations N --seed S [--street-block M] --out FILE</source>
        <translation>використання: blindspot-cli synth --cameras N --stations N --seed S [--street-block M] --out FILE</translation>
    </message>
    <message>
        <source>--street-block must be 0 or a number of metres from 10 to %1</source>
        <translation>--street-block: потрібне 0 або число метрів від 10 до %1</translation>
    </message>
    <message>
        <source>key not trusted: its key id %1 belongs to a key already trusted, &quot;%2&quot; (fingerprint %3), but the key bytes differ; anyone can give a key any id, so this may be a forged key posing as that signer</source>
        <translation>ключ не додано до довірених: його ідентифікатор %1 збігається з ідентифікатором уже довіреного ключа «%2» (відбиток %3), але самі ключі різні; будь-хто може дати ключу будь-який ідентифікатор, тож це може бути підроблений ключ, що видає себе за цього підписувача</translation>
    </message>
    <message>
        <source>Usage: blindspot-cli %1</source>
        <translation>Використання: blindspot-cli %1</translation>
    </message>
    <message>
        <source>Public key (NAME.pub) every input&apos;s signature (INPUT.minisig) must be valid for; required with --trust.</source>
        <translation>Відкритий ключ (NAME.pub), яким має підтверджуватися підпис кожного вхідного файлу (INPUT.minisig); обов’язковий із --trust.</translation>
    </message>
    <message>
        <source>--trust needs --pubkey NAME.pub: only inputs signed by that key can be trusted</source>
        <translation>для --trust потрібен --pubkey NAME.pub: довіряти можна лише файлам, підписаним цим ключем</translation>
    </message>
    <message>
        <source>%1: a signature (%2) is beside it; give --pubkey NAME.pub to check it, or move it away to import the file unchecked</source>
        <translation>%1: поруч лежить підпис (%2); вкажіть --pubkey NAME.pub, щоб перевірити його, або приберіть його, щоб імпортувати файл без перевірки</translation>
    </message>
    <message>
        <source>Start: station, station:N, entrance:N or lat,lon; - reads it from standard input, out of other users&apos; sight.</source>
        <translation>Початок: станція, station:N, entrance:N або широта,довгота; «-» читає його зі стандартного введення, тож інші користувачі його не побачать.</translation>
    </message>
    <message>
        <source>--from - and --to - read one place per line from standard input; a line is missing or empty</source>
        <translation>--from - і --to - читають по одному місцю на рядок зі стандартного введення; рядка бракує або він порожній</translation>
    </message>
    <message>
        <source>least exposed within the limit</source>
        <translation>найменший ризик у межах обмеження</translation>
    </message>
    <message>
        <source>Plan without --budget to see it.</source>
        <translation>Побудуйте маршрут без --budget, щоб побачити його.</translation>
    </message>
    <message>
        <source>%1: no passphrase opens this workspace any more: its key was destroyed by a passphrase change or a wipe (or its .keyslot file is missing)</source>
        <translation>%1: цю робочу область більше не відкриває жодна парольна фраза: її ключ знищено під час зміни фрази або стирання (або бракує її файлу .keyslot)</translation>
    </message>
    <message>
        <source>Keep only what is inside: a box S,W,N,E in degrees, or an osmium .poly file.</source>
        <translation>Залишити лише те, що всередині: прямокутник S,W,N,E у градусах або файл .poly у форматі osmium.</translation>
    </message>
    <message>
        <source>Show reading progress on stderr (always on a terminal).</source>
        <translation>Показувати хід читання в stderr (у терміналі — завжди).</translation>
    </message>
    <message>
        <source>usage: blindspot-cli import INPUT... --out FILE.bspack [--format F] [--csv-map SPEC] [--delimiter C] [--dry-run] [--trust] [--context NAME] [--clip S,W,N,E|FILE.poly] [--progress]</source>
        <translation>використання: blindspot-cli import INPUT... --out FILE.bspack [--format F] [--csv-map SPEC] [--delimiter C] [--dry-run] [--trust] [--context NAME] [--clip S,W,N,E|FILE.poly] [--progress]</translation>
    </message>
    <message>
        <source>kept what is inside %1: %2 street nodes</source>
        <translation>залишено те, що всередині %1: вузлів вулиць — %2</translation>
    </message>
    <message>
        <source>south</source>
        <translation>південь (S)</translation>
    </message>
    <message>
        <source>west</source>
        <translation>захід (W)</translation>
    </message>
    <message>
        <source>north</source>
        <translation>північ (N)</translation>
    </message>
    <message>
        <source>east</source>
        <translation>схід (E)</translation>
    </message>
    <message>
        <source>--clip &quot;%1&quot;: expected four values S,W,N,E in degrees, or a .poly file</source>
        <translation>--clip &quot;%1&quot;: очікувалися чотири значення S,W,N,E у градусах або файл .poly</translation>
    </message>
    <message>
        <source>--clip &quot;%1&quot;: the %2 value &quot;%3&quot; is not a number</source>
        <translation>--clip &quot;%1&quot;: %2: «%3» — не число</translation>
    </message>
    <message>
        <source>--clip &quot;%1&quot;: the %2 value %3 is not a latitude (-90..90)</source>
        <translation>--clip &quot;%1&quot;: %2: %3 — не широта (-90..90)</translation>
    </message>
    <message>
        <source>--clip &quot;%1&quot;: the %2 value %3 is not a longitude (-180..180)</source>
        <translation>--clip &quot;%1&quot;: %2: %3 — не довгота (-180..180)</translation>
    </message>
    <message>
        <source>--clip &quot;%1&quot;: south must be below north and west of east, as S,W,N,E</source>
        <translation>--clip &quot;%1&quot;: південь має бути нижче півночі, а захід — західніше сходу, у порядку S,W,N,E</translation>
    </message>
    <message>
        <source>%1: %2% read</source>
        <translation>%1: прочитано %2%</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an address: street, then house number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file, but a name that starts with &quot;-&quot; reads as an option: write ./%1, or put -- before the file names</source>
        <translation>«%1» — це файл, але назва, що починається з «-», читається як параметр: напишіть ./%1 або поставте -- перед назвами файлів</translation>
    </message>
    <message>
        <source>Streets: %1 segments; addresses and named places: %2</source>
        <translation>Вулиці: відрізків — %1; адрес і названих місць — %2</translation>
    </message>
    <message>
        <source>Base map: %1 buildings, %2 water areas, %3 green areas, %4 railways, %5 roads closed to people on foot, %6 rivers and canals</source>
        <translation>Підкладка мапи: будівель — %1, водойм — %2, зелених зон — %3, залізниць — %4, доріг, закритих для пішоходів, — %5, річок і каналів — %6</translation>
    </message>
    <message>
        <source>Leave OSM buildings out of the base map: a city&apos;s buildings take most of the memory its import needs.</source>
        <translation>Не брати будівлі OSM до підкладки: будівлі міста займають більшу частину пам’яті, потрібної для імпорту.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Draw the window (%1 x %2 pixels) into a PNG file and exit, without showing it on screen.</source>
        <translation>Намалювати вікно (%1 x %2 пікселів) у файл PNG і вийти, не показуючи його на екрані.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Language of the user interface: %1.</source>
        <translation>Мова інтерфейсу: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>мова</translation>
    </message>
    <message>
        <source>Plan a trip on startup from this place: a station name in any language, station:N, entrance:N or lat,lon. Needs --to.</source>
        <translation>Під час запуску прокласти маршрут звідси: назва станції будь-якою мовою, station:N, entrance:N або lat,lon (широта,довгота). Потрібен також --to.</translation>
    </message>
    <message>
        <source>place</source>
        <translation>місце</translation>
    </message>
    <message>
        <source>Where the trip planned on startup goes, like --from.</source>
        <translation>Куди веде маршрут, прокладений під час запуску; у тому ж вигляді, що й --from.</translation>
    </message>
    <message>
        <source>Blindspot: an offline map of surveillance and face-recognition cameras in and around metro stations.</source>
        <translation>Blindspot: карта без мережі — камери відеоспостереження та розпізнавання облич на станціях метро й поруч із ними.</translation>
    </message>
    <message>
        <source>A Blindspot map pack (.bspack) to open. Without it, the fictional training city opens.</source>
        <translation>Пакет даних Blindspot (.bspack), який треба відкрити. Без нього відкриється вигадане навчальне місто.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[файл]</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Не вдалося записати знімок вікна в %1.</translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; translation; using %2.</source>
        <translation>Перекладу «%1» немає; використано %2.</translation>
    </message>
    <message>
        <source>Give at most one file to open.</source>
        <translation>Вкажіть не більше одного файлу.</translation>
    </message>
    <message>
        <source>Give both --from and --to, or neither.</source>
        <translation>Вкажіть і --from, і --to або жодного з них.</translation>
    </message>
    <message>
        <source>Keep the settings and the workspace in this folder only, for example on a USB stick (a file named &quot;portable&quot; next to the program does the same with the program&apos;s folder).</source>
        <translation>Зберігати налаштування й робочу область лише в цій теці, наприклад на USB-флешці (файл з назвою «portable» поруч із програмою робить те саме з текою програми).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>тека</translation>
    </message>
    <message>
        <source>Cannot make the portable folder %1.</source>
        <translation>Не вдається створити переносну теку %1.</translation>
    </message>
    <message>
        <source>Tails without Persistent Storage: your plans and notes are kept in memory only and are gone at shutdown. Turn on Persistent Storage to keep a workspace.</source>
        <translation>Tails без постійного сховища: ваші маршрути й нотатки зберігаються лише в пам’яті й зникнуть після вимкнення. Увімкніть Persistent Storage, щоб зберегти робочу область.</translation>
    </message>
</context>
<context>
    <name>DatasetEditCommand</name>
    <message>
        <source>Add camera</source>
        <translation>додавання камери</translation>
    </message>
    <message>
        <source>Move camera</source>
        <translation>переміщення камери</translation>
    </message>
    <message>
        <source>Delete camera</source>
        <translation>видалення камери</translation>
    </message>
    <message>
        <source>Add survey area</source>
        <translation>додавання обстеженого району</translation>
    </message>
    <message>
        <source>Delete survey area</source>
        <translation>видалення обстеженого району</translation>
    </message>
</context>
<context>
    <name>DockTitleButtons</name>
    <message>
        <source>Close %1</source>
        <translation>Закрити: %1</translation>
    </message>
    <message>
        <source>Hides the panel. The menu that opened it shows it again.</source>
        <translation>Ховає панель. Меню, яким її відкрили, покаже її знову.</translation>
    </message>
    <message>
        <source>Put %1 back into the main window</source>
        <translation>Повернути в головне вікно: %1</translation>
    </message>
    <message>
        <source>Detach %1 into a window of its own</source>
        <translation>Винести в окреме вікно: %1</translation>
    </message>
    <message>
        <source>Moves the panel between a window of its own and the main window.</source>
        <translation>Переносить панель в окреме вікно й назад у головне.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>не вдається відкрити файл (%1)</translation>
    </message>
    <message>
        <source>cannot write the file (%1); the previous version, if any, is unchanged</source>
        <translation>не вдається записати файл (%1); попередня версія, якщо вона була, не змінилася</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл порожній</translation>
    </message>
    <message>
        <source>the file is larger than Blindspot accepts (limit: %1)</source>
        <translation>файл більший, ніж дозволяє Blindspot (межа: %1)</translation>
    </message>
    <message>
        <source>this is not a file of the expected format</source>
        <translation>це файл не того формату</translation>
    </message>
    <message>
        <source>the file ends too early: it was probably cut off while copying</source>
        <translation>файл обривається передчасно: імовірно, його скопійовано не повністю</translation>
    </message>
    <message>
        <source>the file ends too early (%1): it was probably cut off while copying</source>
        <translation>файл обривається передчасно (%1): імовірно, його скопійовано не повністю</translation>
    </message>
    <message>
        <source>the file&apos;s content does not match its checksum: it is damaged or was altered</source>
        <translation>вміст файлу не збігається з контрольною сумою: файл пошкоджено або змінено</translation>
    </message>
    <message>
        <source>the file uses format version %1, which is newer than this Blindspot understands; please update Blindspot</source>
        <translation>файл використовує версію формату %1 — вона новіша, ніж розуміє ця версія Blindspot; оновіть Blindspot</translation>
    </message>
    <message>
        <source>the file is malformed</source>
        <translation>файл має неправильну структуру</translation>
    </message>
    <message>
        <source>the file is malformed: %1</source>
        <translation>файл має неправильну структуру: %1</translation>
    </message>
    <message>
        <source>the file&apos;s data is inconsistent: %1</source>
        <translation>дані у файлі суперечать одні одним: %1</translation>
    </message>
    <message>
        <source>cancelled; nothing was changed</source>
        <translation>скасовано; нічого не змінилося</translation>
    </message>
    <message>
        <source>the file uses something Blindspot cannot read yet: %1</source>
        <translation>у файлі є те, чого Blindspot поки не вміє читати: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>невідома помилка</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>байт %1</translation>
    </message>
    <message>
        <source>%1: its id does not match its position (%2)</source>
        <translation>%1: ідентифікатор не відповідає позиції у файлі (%2)</translation>
    </message>
    <message>
        <source>%1: refers to something that does not exist (%2)</source>
        <translation>%1: посилається на об’єкт, якого не існує (%2)</translation>
    </message>
    <message>
        <source>%1: invalid coordinates (%2)</source>
        <translation>%1: неправильні координати (%2)</translation>
    </message>
    <message>
        <source>%1: value out of range (%2)</source>
        <translation>%1: значення поза допустимим діапазоном (%2)</translation>
    </message>
    <message>
        <source>there was not enough memory to read the file; nothing was changed</source>
        <translation>не вистачило пам’яті, щоб прочитати файл; нічого не змінено</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байтів</translation>
    </message>
    <message>
        <source>file over %1 bytes</source>
        <translation>файл більший за %1 байтів</translation>
    </message>
    <message>
        <source>feed over %1 bytes</source>
        <translation>розклад GTFS більший за %1 байтів</translation>
    </message>
    <message>
        <source>more than %1 bytes of XML</source>
        <translation>понад %1 байтів XML</translation>
    </message>
    <message>
        <source>a tag or text of more than %1 bytes</source>
        <translation>тег або текст довший за %1 байтів</translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation>понад %1 елементів</translation>
    </message>
    <message>
        <source>more than %1 nodes</source>
        <translation>понад %1 вузлів</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>понад %1 файлів в архіві</translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation>понад %1 рядків</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 рядків</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 об’єктів</translation>
    </message>
    <message>
        <source>%1 placemarks</source>
        <translation>%1 міток</translation>
    </message>
    <message>
        <source>%1 waypoints</source>
        <translation>%1 шляхових точок</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 точок</translation>
    </message>
    <message>
        <source>%1 pixels</source>
        <translation>%1 пікселів</translation>
    </message>
    <message>
        <source>more than %1 node references and relation members for a file of %2 bytes</source>
        <translation>понад %1 посилань на вузли та учасників зв’язків для файлу розміром %2 байтів</translation>
    </message>
    <message>
        <source>more than %1 records in %2 bytes</source>
        <translation>понад %1 записів на %2 байтів</translation>
    </message>
    <message>
        <source>expected at most %1 bytes of text in &quot;%2&quot;</source>
        <translation>у полі «%2» очікувалося не більше ніж %1 байтів тексту</translation>
    </message>
    <message>
        <source>expected at most %1 bytes of text in a field and %2 in a placemark</source>
        <translation>очікувалося не більше ніж %1 байтів тексту в полі та %2 у мітці</translation>
    </message>
    <message>
        <source>expected at most %1 bytes of &lt;coordinates&gt;</source>
        <translation>очікувалося не більше ніж %1 байтів у &lt;coordinates&gt;</translation>
    </message>
    <message>
        <source>no memory for the XML parser</source>
        <translation>не вистачило пам’яті для розбору XML</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>немає такого файлу</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>немає такого файлу або теки</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>це тека, а не файл</translation>
    </message>
    <message>
        <source>unrecognised file format</source>
        <translation>формат файлу не розпізнано</translation>
    </message>
    <message>
        <source>camera export to %1</source>
        <translation>експорт камер у %1</translation>
    </message>
    <message>
        <source>no such entry</source>
        <translation>в архіві немає такого файлу</translation>
    </message>
    <message>
        <source>entry size unknown</source>
        <translation>розмір файлу в архіві невідомий</translation>
    </message>
    <message>
        <source>encrypted entry</source>
        <translation>файл в архіві зашифровано</translation>
    </message>
    <message>
        <source>entry of %1 bytes, limit %2</source>
        <translation>файл в архіві розміром %1 байтів, межа %2</translation>
    </message>
    <message>
        <source>compression ratio over %1:1</source>
        <translation>ступінь стиснення понад %1:1</translation>
    </message>
    <message>
        <source>archive expands to over %1 bytes</source>
        <translation>архів після розпакування більший за %1 байтів</translation>
    </message>
    <message>
        <source>archive expands to over %1 bytes (compression ratio over %2:1 for the whole archive)</source>
        <translation>архів після розпакування більший за %1 байтів (ступінь стиснення всього архіву понад %2:1)</translation>
    </message>
    <message>
        <source>entry expands past its declared %1 bytes</source>
        <translation>файл в архіві після розпакування більший за заявлені %1 байтів</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 з %2 байтів</translation>
    </message>
    <message>
        <source>trailing bytes</source>
        <translation>зайві байти в кінці</translation>
    </message>
    <message>
        <source>protobuf message does not parse</source>
        <translation>не вдається розібрати повідомлення protobuf</translation>
    </message>
    <message>
        <source>street network columns differ in length</source>
        <translation>стовпці даних мережі вулиць мають різну довжину</translation>
    </message>
    <message>
        <source>base map columns differ in length</source>
        <translation>стовпці даних підкладки мають різну довжину</translation>
    </message>
    <message>
        <source>no dataset</source>
        <translation>немає набору даних</translation>
    </message>
    <message>
        <source>expected UTF-8 text</source>
        <translation>очікувався текст в UTF-8</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>поле в лапках не закрито</translation>
    </message>
    <message>
        <source>expected a delimiter or a line end after a closing quote</source>
        <translation>після закривної лапки очікувався роздільник або кінець рядка</translation>
    </message>
    <message>
        <source>the delimiter must be one ASCII character other than a quote or a line end</source>
        <translation>роздільником має бути один символ ASCII, крім лапки й кінця рядка</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in the column mapping</source>
        <translation>невідоме поле «%1» у зіставленні стовпців</translation>
    </message>
    <message>
        <source>no column given for field &quot;%1&quot; in the column mapping</source>
        <translation>у зіставленні стовпців не вказано стовпець для поля «%1»</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; in the header (mapped to &quot;%2&quot;)</source>
        <translation>у заголовку немає стовпця «%1» (його зіставлено з полем «%2»)</translation>
    </message>
    <message>
        <source>expected columns for &quot;lat&quot; and &quot;lon&quot; in the header</source>
        <translation>у заголовку очікувалися стовпці для «lat» і «lon»</translation>
    </message>
    <message>
        <source>expected columns for &quot;name&quot; and &quot;line&quot; in the header of a station list</source>
        <translation>у заголовку списку станцій очікувалися стовпці для «name» і «line»</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>кількість полів: очікувалося %1, як у заголовку, знайдено %2</translation>
    </message>
    <message>
        <source>expected a number in &quot;%1&quot;</source>
        <translation>у полі «%1» очікувалося число</translation>
    </message>
    <message>
        <source>expected a latitude from -90 to 90 in &quot;%1&quot;</source>
        <translation>у полі «%1» очікувалася широта від -90 до 90</translation>
    </message>
    <message>
        <source>expected a longitude from -180 to 180 in &quot;%1&quot;</source>
        <translation>у полі «%1» очікувалася довгота від -180 до 180</translation>
    </message>
    <message>
        <source>expected a direction in degrees or compass points in &quot;%1&quot;</source>
        <translation>у полі «%1» очікувався напрямок у градусах або за сторонами світу</translation>
    </message>
    <message>
        <source>expected an angle above 0 and up to 360 degrees in &quot;%1&quot;</source>
        <translation>у полі «%1» очікувався кут більше 0 і не більше 360 градусів</translation>
    </message>
    <message>
        <source>expected a height from 0 to 500 metres in &quot;%1&quot;</source>
        <translation>у полі «%1» очікувалася висота від 0 до 500 метрів</translation>
    </message>
    <message>
        <source>expected confirmed, suspected, none, unknown, yes or no in &quot;%1&quot;</source>
        <translation>у полі «%1» очікувалося одне зі значень: confirmed, suspected, none, unknown, yes або no</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD) in &quot;%1&quot;</source>
        <translation>у полі «%1» очікувалася дата (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>expected a whole number of observers from 1 in &quot;%1&quot;</source>
        <translation>у полі «%1» очікувалося ціле число спостерігачів (від 1)</translation>
    </message>
    <message>
        <source>expected a station zone (entrance_hall, turnstiles, escalator, platform, transfer_corridor, train) in &quot;%1&quot;</source>
        <translation>у полі «%1» очікувалася зона станції (entrance_hall, turnstiles, escalator, platform, transfer_corridor, train)</translation>
    </message>
    <message>
        <source>expected a share from 0 to 1 (or 0% to 100%) in &quot;%1&quot;</source>
        <translation>у полі «%1» очікувалася частка від 0 до 1 (або від 0% до 100%)</translation>
    </message>
    <message>
        <source>expected a station name in &quot;%1&quot;</source>
        <translation>у полі «%1» очікувалася назва станції</translation>
    </message>
    <message>
        <source>expected a line name in &quot;%1&quot;</source>
        <translation>у полі «%1» очікувалася назва лінії</translation>
    </message>
    <message>
        <source>expected a colour such as #D62728 in &quot;%1&quot;</source>
        <translation>у полі «%1» очікувався колір, наприклад #D62728</translation>
    </message>
    <message>
        <source>expected no control character inside a string</source>
        <translation>усередині рядка не очікувалося керівних символів</translation>
    </message>
    <message>
        <source>expected four hex digits after \u</source>
        <translation>після \u очікувалися чотири шістнадцяткові цифри</translation>
    </message>
    <message>
        <source>expected a valid escape sequence</source>
        <translation>очікувалася допустима escape-послідовність</translation>
    </message>
    <message>
        <source>expected a closing quote for this string</source>
        <translation>очікувалася закривна лапка цього рядка</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>очікувалося число</translation>
    </message>
    <message>
        <source>expected a JSON value</source>
        <translation>очікувалося значення JSON</translation>
    </message>
    <message>
        <source>expected more JSON before the end of the file</source>
        <translation>очікувалося продовження JSON, а файл закінчився</translation>
    </message>
    <message>
        <source>expected nothing after the end of the JSON document</source>
        <translation>після кінця документа JSON нічого не очікувалося</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after an object key</source>
        <translation>після ключа об’єкта очікувалося «:»</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>очікувалося «,» або «}»</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>очікувалося «,» або «]»</translation>
    </message>
    <message>
        <source>expected a string key</source>
        <translation>очікувався рядковий ключ</translation>
    </message>
    <message>
        <source>expected a string key or &apos;}&apos;</source>
        <translation>очікувався рядковий ключ або «}»</translation>
    </message>
    <message>
        <source>expected less deeply nested arrays and objects</source>
        <translation>масиви й об’єкти вкладено надто глибоко</translation>
    </message>
    <message>
        <source>expected numbers that fit in 64 bits</source>
        <translation>очікувалися числа, що вміщуються в 64 біти</translation>
    </message>
    <message>
        <source>expected an array of features</source>
        <translation>очікувався масив об’єктів</translation>
    </message>
    <message>
        <source>expected a GeoJSON FeatureCollection or Feature</source>
        <translation>очікувався об’єкт GeoJSON типу FeatureCollection або Feature</translation>
    </message>
    <message>
        <source>expected a string in &quot;%1&quot;</source>
        <translation>у полі «%1» очікувався рядок</translation>
    </message>
    <message>
        <source>expected an object in &quot;%1&quot;</source>
        <translation>у полі «%1» очікувався об’єкт</translation>
    </message>
    <message>
        <source>expected a feature object</source>
        <translation>очікувався об’єкт Feature</translation>
    </message>
    <message>
        <source>expected arrays of positions [longitude, latitude] in &quot;coordinates&quot;</source>
        <translation>у «coordinates» очікувалися масиви точок [довгота, широта]</translation>
    </message>
    <message>
        <source>expected a position [longitude, latitude] in &quot;coordinates&quot;</source>
        <translation>у «coordinates» очікувалася точка [довгота, широта]</translation>
    </message>
    <message>
        <source>expected a &quot;type&quot; string in the geometry</source>
        <translation>у geometry очікувався рядок «type»</translation>
    </message>
    <message>
        <source>expected &quot;coordinates&quot; in the geometry</source>
        <translation>у geometry очікувалося поле «coordinates»</translation>
    </message>
    <message>
        <source>expected &quot;coordinates&quot; that fit the geometry&apos;s type</source>
        <translation>очікувалося поле «coordinates», що відповідає типу geometry</translation>
    </message>
    <message>
        <source>expected a ring of positions in &quot;coordinates&quot;</source>
        <translation>у «coordinates» очікувався контур із точок</translation>
    </message>
    <message>
        <source>expected a longitude from -180 to 180 and a latitude from -90 to 90 in &quot;coordinates&quot;</source>
        <translation>у «coordinates» очікувалися довгота від -180 до 180 і широта від -90 до 90</translation>
    </message>
    <message>
        <source>expected a ring of at least 3 positions</source>
        <translation>очікувався контур щонайменше з 3 точок</translation>
    </message>
    <message>
        <source>expected longitude,latitude[,altitude] within range in &lt;coordinates&gt;</source>
        <translation>у &lt;coordinates&gt; очікувалися довгота,широта[,висота] в допустимих межах</translation>
    </message>
    <message>
        <source>expected a .kml file inside the KMZ archive</source>
        <translation>в архіві KMZ очікувався файл .kml</translation>
    </message>
    <message>
        <source>expected a &lt;kml&gt; document</source>
        <translation>очікувався документ &lt;kml&gt;</translation>
    </message>
    <message>
        <source>expected a &lt;gpx&gt; document</source>
        <translation>очікувався документ &lt;gpx&gt;</translation>
    </message>
    <message>
        <source>it holds %1 track(s) or route(s) and no waypoints: a path, not cameras; evaluate it with blindspot-cli exposure --track</source>
        <translation>у ньому треків або маршрутів: %1, а шляхових точок немає: це шлях, а не камери; оцініть його командою blindspot-cli exposure --track</translation>
    </message>
    <message>
        <source>expected lat and lon attributes within range in &lt;wpt&gt;</source>
        <translation>у &lt;wpt&gt; очікувалися атрибути lat і lon у допустимих межах</translation>
    </message>
    <message>
        <source>a point needs lat and lon in degrees (WGS84)</source>
        <translation>точка повинна мати lat і lon у градусах (WGS84)</translation>
    </message>
    <message>
        <source>coordinates must be [longitude, latitude] in degrees</source>
        <translation>значення coordinates мають бути у вигляді [довгота, широта] в градусах</translation>
    </message>
    <message>
        <source>a track needs at least two points (GPX trkpt or rtept, GeoJSON LineString)</source>
        <translation>у треку має бути щонайменше дві точки (trkpt або rtept у GPX, LineString у GeoJSON)</translation>
    </message>
    <message>
        <source>text after the final END</source>
        <translation>текст після завершального END</translation>
    </message>
    <message>
        <source>no ring before the final END</source>
        <translation>перед завершальним END немає жодного контуру</translation>
    </message>
    <message>
        <source>a ring needs at least three points, this has %1</source>
        <translation>у контурі має бути щонайменше три точки, а в цьому — %1</translation>
    </message>
    <message>
        <source>expected &quot;longitude latitude&quot; or END</source>
        <translation>очікувалося «довгота широта» або END</translation>
    </message>
    <message>
        <source>longitude &quot;%1&quot; is not a number</source>
        <translation>довгота «%1» — не число</translation>
    </message>
    <message>
        <source>latitude &quot;%1&quot; is not a number</source>
        <translation>широта «%1» — не число</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180..180</source>
        <translation>довгота %1 поза діапазоном -180..180</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90..90</source>
        <translation>широта %1 поза діапазоном -90..90</translation>
    </message>
    <message>
        <source>the ring begun on line %1 has no END</source>
        <translation>контур, розпочатий у рядку %1, не має END</translation>
    </message>
    <message>
        <source>no final END</source>
        <translation>немає завершального END</translation>
    </message>
    <message>
        <source>&lt;%1&gt; without a numeric id</source>
        <translation>&lt;%1&gt; без числового id</translation>
    </message>
    <message>
        <source>&lt;node&gt; with an invalid lat or lon</source>
        <translation>&lt;node&gt; з неправильним значенням lat або lon</translation>
    </message>
    <message>
        <source>root element &lt;%1&gt;, expected &lt;osm&gt; or &lt;osmChange&gt;</source>
        <translation>кореневий елемент &lt;%1&gt;, а очікувався &lt;osm&gt; або &lt;osmChange&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; without a version attribute</source>
        <translation>&lt;%1&gt; без атрибута version</translation>
    </message>
    <message>
        <source>OSM XML version %1, only 0.6 is read</source>
        <translation>OSM XML версії %1, підтримується лише 0.6</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in &lt;%2&gt;</source>
        <translation>невідомий елемент &lt;%1&gt; у &lt;%2&gt;</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in a change section</source>
        <translation>невідомий елемент &lt;%1&gt; у розділі змін</translation>
    </message>
    <message>
        <source>&lt;tag&gt; without k or v</source>
        <translation>&lt;tag&gt; без k або v</translation>
    </message>
    <message>
        <source>&lt;nd&gt; without a numeric ref</source>
        <translation>&lt;nd&gt; без числового ref</translation>
    </message>
    <message>
        <source>&lt;member&gt; type must be node, way or relation</source>
        <translation>type у &lt;member&gt; має бути node, way або relation</translation>
    </message>
    <message>
        <source>&lt;member&gt; without a numeric ref</source>
        <translation>&lt;member&gt; без числового ref</translation>
    </message>
    <message>
        <source>element &lt;%1&gt; where none is allowed</source>
        <translation>елемент &lt;%1&gt; там, де елементи не допускаються</translation>
    </message>
    <message>
        <source>entity declarations are not allowed</source>
        <translation>оголошення сутностей XML не допускаються</translation>
    </message>
    <message>
        <source>BlobHeader without a type</source>
        <translation>BlobHeader без типу</translation>
    </message>
    <message>
        <source>location out of range</source>
        <translation>координати поза допустимим діапазоном</translation>
    </message>
    <message>
        <source>missing column %1</source>
        <translation>немає стовпця %1</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>полів у рядку: %1, у заголовку: %2</translation>
    </message>
    <message>
        <source>required file missing</source>
        <translation>немає обов’язкового файлу</translation>
    </message>
    <message>
        <source>no stops.txt or routes.txt</source>
        <translation>немає ні stops.txt, ні routes.txt</translation>
    </message>
    <message>
        <source>empty %1</source>
        <translation>порожнє значення %1</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 — не число</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 — не ціле число</translation>
    </message>
    <message>
        <source>%1 %2 appears twice</source>
        <translation>%1 %2 трапляється двічі</translation>
    </message>
    <message>
        <source>%1 %2 is not in stops.txt</source>
        <translation>у stops.txt немає %1 %2</translation>
    </message>
    <message>
        <source>location_type must be 0 to 4</source>
        <translation>значення location_type має бути від 0 до 4</translation>
    </message>
    <message>
        <source>time is not HH:MM:SS</source>
        <translation>час не у форматі HH:MM:SS</translation>
    </message>
    <message>
        <source>stop_lat must be a number from -90 to 90</source>
        <translation>значення stop_lat має бути числом від -90 до 90</translation>
    </message>
    <message>
        <source>stop_lon must be a number from -180 to 180</source>
        <translation>значення stop_lon має бути числом від -180 до 180</translation>
    </message>
    <message>
        <source>min_transfer_time is not a number of seconds</source>
        <translation>значення min_transfer_time — не число секунд</translation>
    </message>
    <message>
        <source>%1: camera ids must ascend, each used once (%2)</source>
        <translation>%1: ідентифікатори камер мають іти за зростанням, кожен один раз (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;%2&quot;</source>
        <translation>«%1» має бути «%2»</translation>
    </message>
    <message>
        <source>unsupported &quot;%1&quot;</source>
        <translation>не підтримується: «%1»</translation>
    </message>
    <message>
        <source>expected a JSON object of parameter overrides</source>
        <translation>очікувався JSON-об’єкт зі зміненими параметрами</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; is missing</source>
        <translation>немає параметра «%1»</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; has no source</source>
        <translation>у параметра «%1» не вказано джерело</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation>невідомий параметр «%1»</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; must be a number or an object</source>
        <translation>параметр «%1» має бути числом або об’єктом</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: &quot;%2&quot; must be a number</source>
        <translation>параметр «%1»: «%2» має бути числом</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: &quot;%2&quot; must be true or false</source>
        <translation>параметр «%1»: «%2» має бути true або false</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: unknown field &quot;%2&quot;</source>
        <translation>параметр «%1»: невідоме поле «%2»</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: %2 is not a possible value</source>
        <translation>параметр «%1»: %2 — неприпустиме значення</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: min %2 is above max %3</source>
        <translation>параметр «%1»: мінімум %2 більший за максимум %3</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: value %2 is outside its range [%3, %4]</source>
        <translation>параметр «%1»: значення %2 поза допустимим діапазоном [%3, %4]</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot; (known: %2)</source>
        <translation>невідомий профіль «%1» (відомі: %2)</translation>
    </message>
    <message>
        <source>unknown context &quot;%1&quot; (known: %2)</source>
        <translation>невідомий контекст «%1» (відомі: %2)</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; is missing</source>
        <translation>немає контексту «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2</source>
        <translation>«%1» має бути цілим числом не менше %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected one of: %2)</source>
        <translation>невідомий ключ «%1» (очікувався один із: %2)</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation>немає «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>«%1» має бути непорожнім рядком</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>«%1» має бути об’єктом</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation>«%1» має бути масивом</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation>«%1» має бути числом від %2 до %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of: %2</source>
        <translation>«%1» має бути одним із: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with a text in each of: %2</source>
        <translation>«%1» має бути об’єктом із текстом кожною з мов: %2</translation>
    </message>
    <message>
        <source>expected an object with a text in each of: %1</source>
        <translation>очікувався об’єкт із текстом кожною з мов: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no &quot;%2&quot; text</source>
        <translation>у «%1» немає тексту «%2»</translation>
    </message>
    <message>
        <source>entry %1 of &quot;%2&quot; has no &quot;%3&quot; text</source>
        <translation>в елементі %1 з «%2» немає тексту «%3»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least %2 entries</source>
        <translation>у «%1» потрібно щонайменше %2 елементів</translation>
    </message>
    <message>
        <source>entries of &quot;%1&quot; must be non-empty strings</source>
        <translation>елементи «%1» мають бути непорожніми рядками</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>очікувався об’єкт</translation>
    </message>
    <message>
        <source>&quot;%1&quot; only applies to &quot;%2&quot;: &quot;%3&quot;</source>
        <extracomment>A key of the file applies only when another key has a given value, e.g. &quot;budget_factor&quot; only applies to &quot;plan&quot;: &quot;least_exposed&quot;.</extracomment>
        <translation>«%1» стосується лише «%2»: «%3»</translation>
    </message>
    <message>
        <source>unknown day profile &quot;%1&quot; (expected one of: %2)</source>
        <translation>невідомий тип дня «%1» (очікувався один із: %2)</translation>
    </message>
    <message>
        <source>a choice needs at least two options: it is a trade-off</source>
        <translation>у виборі має бути щонайменше два варіанти: це завжди компроміс</translation>
    </message>
    <message>
        <source>a scenario needs at least one choice</source>
        <translation>у сценарії має бути хоча б один вибір</translation>
    </message>
    <message>
        <source>option id &quot;%1&quot; is used twice in this choice</source>
        <translation>ідентифікатор варіанта «%1» у цьому виборі трапляється двічі</translation>
    </message>
    <message>
        <source>choice id &quot;%1&quot; is used twice</source>
        <translation>ідентифікатор вибору «%1» трапляється двічі</translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot;</source>
        <translation>невідомий крок «%1»</translation>
    </message>
    <message>
        <source>unknown activity &quot;%1&quot;</source>
        <translation>невідома вправа «%1»</translation>
    </message>
    <message>
        <source>activity &quot;%1&quot; needs a &quot;%2&quot;</source>
        <translation>для вправи «%1» потрібно «%2»</translation>
    </message>
    <message>
        <source>unknown strength &quot;%1&quot;</source>
        <translation>невідома сила доказу «%1»</translation>
    </message>
    <message>
        <source>no statements</source>
        <translation>немає тверджень</translation>
    </message>
    <message>
        <source>unknown station &quot;%1&quot;</source>
        <translation>невідома станція «%1»</translation>
    </message>
    <message>
        <source>unknown station &quot;%1&quot; (did you mean: %2?)</source>
        <translation>невідома станція «%1» (можливо, %2?)</translation>
    </message>
    <message>
        <source>station &quot;%1&quot; has no entrance &quot;%2&quot; (it has: %3)</source>
        <translation>у станції «%1» немає входу «%2» (є: %3)</translation>
    </message>
    <message>
        <source>expected %1 lines</source>
        <translation>очікувалося рядків: %1</translation>
    </message>
    <message>
        <source>a comment of more than %1 bytes</source>
        <translation>коментар довший за %1 байт</translation>
    </message>
    <message>
        <source>expected a line beginning with &quot;%1&quot;</source>
        <translation>очікувався рядок, що починається з «%1»</translation>
    </message>
    <message>
        <source>expected a base64 public key of %1 bytes</source>
        <translation>очікувався відкритий ключ у base64 довжиною %1 байт</translation>
    </message>
    <message>
        <source>expected a base64 secret key of %1 bytes</source>
        <translation>очікувався секретний ключ у base64 довжиною %1 байт</translation>
    </message>
    <message>
        <source>expected a base64 signature of %1 bytes</source>
        <translation>очікувався підпис у base64 довжиною %1 байт</translation>
    </message>
    <message>
        <source>expected a base64 global signature of %1 bytes</source>
        <translation>очікувався загальний підпис у base64 довжиною %1 байт</translation>
    </message>
    <message>
        <source>an unknown signature algorithm</source>
        <translation>невідомий алгоритм підпису</translation>
    </message>
    <message>
        <source>an unknown checksum function</source>
        <translation>невідома функція контрольної суми</translation>
    </message>
    <message>
        <source>an unknown key derivation function</source>
        <translation>невідома функція отримання ключа</translation>
    </message>
    <message>
        <source>a key derivation cost outside the range Blindspot accepts</source>
        <translation>складність отримання ключа поза діапазоном, який приймає Blindspot</translation>
    </message>
    <message>
        <source>a key derivation cost above twice minisign&apos;s</source>
        <translation>складність отримання ключа більша за подвійну складність minisign</translation>
    </message>
    <message>
        <source>format version %1</source>
        <translation>версія формату %1</translation>
    </message>
    <message>
        <source>reserved bytes are not zero</source>
        <translation>зарезервовані байти не дорівнюють нулю</translation>
    </message>
    <message>
        <source>invalid padding</source>
        <translation>неправильне доповнення</translation>
    </message>
    <message>
        <source>a file of that name already exists</source>
        <translation>файл із такою назвою вже є</translation>
    </message>
    <message>
        <source>no usable face detection models in %1 (Debian package opencv-data)</source>
        <translation>у %1 немає придатних моделей виявлення облич (пакет Debian opencv-data)</translation>
    </message>
    <message>
        <source>not installed (Debian package opencv-data)</source>
        <translation>не встановлено (пакет Debian opencv-data)</translation>
    </message>
    <message>
        <source>not a cascade OpenCV can load</source>
        <translation>це не каскад, який може завантажити OpenCV</translation>
    </message>
    <message>
        <source>the photo could not be encoded</source>
        <translation>не вдалося закодувати фотографію</translation>
    </message>
    <message>
        <source>the density raster could not be built</source>
        <translation>не вдалося побудувати карту щільності</translation>
    </message>
    <message>
        <source>PNG encoding failed</source>
        <translation>не вдалося записати PNG</translation>
    </message>
    <message>
        <source>the base map</source>
        <translation>підкладка мапи</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>лінія %1</translation>
    </message>
    <message>
        <source>station %1</source>
        <translation>станція %1</translation>
    </message>
    <message>
        <source>transfer complex %1</source>
        <translation>пересадковий вузол %1</translation>
    </message>
    <message>
        <source>entrance %1</source>
        <translation>вхід %1</translation>
    </message>
    <message>
        <source>station zone %1</source>
        <translation>зона станції %1</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>зв’язок %1</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>камера %1</translation>
    </message>
    <message>
        <source>survey area %1</source>
        <translation>обстежений район %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>джерело %1</translation>
    </message>
    <message>
        <source>conflict %1</source>
        <translation>розбіжність %1</translation>
    </message>
    <message>
        <source>street node %1</source>
        <translation>вузол вулиць %1</translation>
    </message>
    <message>
        <source>street segment %1</source>
        <translation>ділянка вулиці %1</translation>
    </message>
</context>
<context>
    <name>Handouts</name>
    <message>
        <source>Cannot write the handout to %1.</source>
        <translation>Не вдалося записати роздатковий матеріал у %1.</translation>
    </message>
    <message>
        <source>This option has no route to print.</source>
        <translation>Цей варіант не має маршруту, який можна роздрукувати.</translation>
    </message>
    <message>
        <source>Cannot plan the route card: %1</source>
        <translation>Не вдалося прокласти маршрут для картки: %1</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Reading %1…</source>
        <translation>Читання %1…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
</context>
<context>
    <name>MapStyle</name>
    <message>
        <source>Face recognition confirmed</source>
        <translation>Розпізнавання облич підтверджено</translation>
    </message>
    <message>
        <source>Face recognition suspected</source>
        <translation>Розпізнавання облич імовірне</translation>
    </message>
    <message>
        <source>No face recognition</source>
        <translation>Без розпізнавання облич</translation>
    </message>
    <message>
        <source>Unknown: no data, not safe, not dangerous</source>
        <translation>Невідомо: немає даних — це не означає ні «безпечно», ні «небезпечно»</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>Fixed camera</source>
        <translation>Стаціонарна камера</translation>
    </message>
    <message>
        <source>Dome camera</source>
        <translation>Купольна камера</translation>
    </message>
    <message>
        <source>Pan-tilt-zoom camera</source>
        <translation>Поворотна камера з масштабуванням (PTZ)</translation>
    </message>
    <message>
        <source>Turnstile camera (Face Pay)</source>
        <translation>Камера на турнікеті (Face Pay)</translation>
    </message>
    <message>
        <source>Kind not known</source>
        <translation>Тип невідомий</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>На стіні</translation>
    </message>
    <message>
        <source>Pole</source>
        <translation>На стовпі</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>На стелі</translation>
    </message>
    <message>
        <source>Other mount</source>
        <translation>Інше кріплення</translation>
    </message>
    <message>
        <source>Mount not known</source>
        <translation>Кріплення невідоме</translation>
    </message>
    <message>
        <source>Entrance hall</source>
        <translation>Вестибюль</translation>
    </message>
    <message>
        <source>Turnstiles</source>
        <translation>Турнікети</translation>
    </message>
    <message>
        <source>Escalators</source>
        <translation>Ескалатори</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Transfer corridor</source>
        <translation>Пересадковий перехід</translation>
    </message>
    <message>
        <source>Trains</source>
        <translation>Поїзди</translation>
    </message>
    <message>
        <source>Edited locally</source>
        <translation>Змінено на цьому комп’ютері</translation>
    </message>
    <message>
        <source>Unnamed source</source>
        <translation>Джерело без назви</translation>
    </message>
    <message>
        <source>date not stated</source>
        <translation>дату не зазначено</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>немає координат</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Line: %1</source>
        <translation>Лінія: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Лінія %1: %2</translation>
    </message>
    <message>
        <source>%1 cameras reported</source>
        <translation>камер за повідомленнями: %1</translation>
    </message>
    <message>
        <source>%1 cameras mapped</source>
        <translation>камер на карті: %1</translation>
    </message>
    <message>
        <source>number of cameras not known</source>
        <translation>кількість камер невідома</translation>
    </message>
    <message>
        <source>%1: %2; %3</source>
        <translation>%1: %2; %3</translation>
    </message>
    <message>
        <source>%1: %2 cameras mapped</source>
        <translation>%1 — камер на карті: %2</translation>
    </message>
    <message>
        <source>Zones:</source>
        <translation>Зони:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>без назви</translation>
    </message>
    <message>
        <source>Entrances: none mapped</source>
        <translation>Входи: на карті їх немає</translation>
    </message>
    <message>
        <source>Entrances (%1): %2 and more</source>
        <translation>Входи (%1): %2 та інші</translation>
    </message>
    <message>
        <source>Entrances (%1): %2</source>
        <translation>Входи (%1): %2</translation>
    </message>
    <message>
        <source>Sources: none for this station</source>
        <translation>Джерела: для цієї станції їх немає</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Джерела: %1</translation>
    </message>
    <message>
        <source>face recognition</source>
        <translation>розпізнавання облич</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>напрямок</translation>
    </message>
    <message>
        <source>field of view</source>
        <translation>кут огляду</translation>
    </message>
    <message>
        <source>height</source>
        <translation>висота</translation>
    </message>
    <message>
        <source>mount</source>
        <translation>кріплення</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>примітки</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>імовірно</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>Untitled map</source>
        <translation>Карта без назви</translation>
    </message>
    <message>
        <source>Novoe Zerkalo</source>
        <translation>Нове Дзеркало</translation>
    </message>
    <message>
        <source>Fictional data generated by Blindspot</source>
        <translation>Вигадані дані, створені Blindspot</translation>
    </message>
</context>
<context>
    <name>RiskWording</name>
    <message>
        <source>unlikely</source>
        <translation>малоймовірно</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>можливо</translation>
    </message>
    <message>
        <source>about as likely as not</source>
        <translation>приблизно рівні шанси</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>ймовірно</translation>
    </message>
    <message>
        <source>very likely</source>
        <translation>дуже ймовірно</translation>
    </message>
    <message>
        <source>%1 (about %2 of 10 trips)</source>
        <translation>%1 (приблизно %2 з 10 поїздок)</translation>
    </message>
    <message>
        <source>%1 (%2-%3 of 10 trips, most likely %4)</source>
        <translation>%1 (%2-%3 з 10 поїздок, найімовірніше %4)</translation>
    </message>
    <message>
        <source>Of 10 trips like this by someone the system is looking for, on an alert day (announced protests, holidays).</source>
        <translation>З 10 таких поїздок людини, яку шукає система, у день посиленого контролю (оголошені протести, свята).</translation>
    </message>
    <message>
        <source>Of 10 trips like this by someone the system is looking for, on an ordinary day.</source>
        <translation>З 10 таких поїздок людини, яку шукає система, у звичайний день.</translation>
    </message>
    <message>
        <source>Little data: most of this estimate rests on assumptions where nobody reported cameras (no data is not safe, not dangerous).</source>
        <translation>Мало даних: ця оцінка здебільшого спирається на припущення про місця, де ніхто не повідомляв про камери (немає даних — це не означає ні «безпечно», ні «небезпечно»).</translation>
    </message>
    <message>
        <source>Some data: about %1 of 10 parts of this estimate rest on assumptions where nobody reported cameras.</source>
        <translation>Дані неповні: приблизно %1 з 10 частин цієї оцінки спираються на припущення про місця, де ніхто не повідомляв про камери.</translation>
    </message>
    <message>
        <source>Mapped data: most of this estimate rests on reported cameras.</source>
        <translation>Дані з карти: ця оцінка здебільшого спирається на камери, про які повідомляли.</translation>
    </message>
    <message>
        <source>Identified in fewer than 1 of 10 trips</source>
        <translation>Вас упізнають рідше ніж в 1 з 10 поїздок</translation>
    </message>
    <message>
        <source>Identified in about %1 of 10 trips</source>
        <translation>Вас упізнають приблизно в %1 з 10 поїздок</translation>
    </message>
    <message>
        <source>fewer than 1 of 10 trips</source>
        <translation>менше ніж 1 з 10 поїздок</translation>
    </message>
    <message>
        <source>about %1 of 10 trips</source>
        <translation>приблизно %1 з 10 поїздок</translation>
    </message>
    <message>
        <source>%1 (%2 of 10)</source>
        <translation>%1 (%2 з 10)</translation>
    </message>
    <message>
        <source>%1 (%2-%3 of 10)</source>
        <translation>%1 (%2-%3 з 10)</translation>
    </message>
    <message>
        <source>%1 (fewer than 1 of 10 trips)</source>
        <translation>%1 (менше ніж в 1 з 10 поїздок)</translation>
    </message>
    <message>
        <source>%1 (%2-%3 of 10 trips, most likely fewer than 1)</source>
        <translation>%1 (%2-%3 з 10 поїздок, найімовірніше менше 1)</translation>
    </message>
    <message>
        <source>%1 (fewer than 1 of 10)</source>
        <translation>%1 (менше 1 з 10)</translation>
    </message>
</context>
<context>
    <name>RouteCardPrinter</name>
    <message>
        <source>Route card: %1</source>
        <translation>Картка маршруту: %1</translation>
    </message>
    <message>
        <source>FICTIONAL TRAINING DATA: this is not a real city. Do not use this card for a real trip.</source>
        <translation>ВИГАДАНІ НАВЧАЛЬНІ ДАНІ: це не справжнє місто. Не використовуйте цю картку для справжньої поїздки.</translation>
    </message>
    <message>
        <source>%1 · Transfers: %2 · Face-recognition cameras passed: %3</source>
        <translation>%1 · Пересадок: %2 · Камер із розпізнаванням облич на шляху: %3</translation>
    </message>
    <message>
        <source>a medical mask</source>
        <translation>медична маска</translation>
    </message>
    <message>
        <source>dark sunglasses</source>
        <translation>темні сонцезахисні окуляри</translation>
    </message>
    <message>
        <source>a cap</source>
        <translation>кепка</translation>
    </message>
    <message>
        <source>What-if assumed: %1 (never a promise of safety).</source>
        <translation>Припущення «що як»: %1 (це не обіцянка безпеки).</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Кроки</translation>
    </message>
    <message>
        <source>(What-if, never a promise of safety.)</source>
        <translation>(Припущення «що як», а не обіцянка безпеки.)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не зазначено</translation>
    </message>
    <message>
        <source>Map data: %1, version %2, created %3. Publisher: %4. Licence: %5. %6</source>
        <translation>Дані карти: %1, версія %2, створено %3. Видавець: %4. Ліцензія: %5. %6</translation>
    </message>
    <message>
        <source>%1 (retrieved %2)</source>
        <translation>%1 (отримано %2)</translation>
    </message>
    <message>
        <source>%1, licence %2</source>
        <translation>%1, ліцензія %2</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>ще %1</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Джерела: %1.</translation>
    </message>
    <message>
        <source>Route card</source>
        <translation>Картка маршруту</translation>
    </message>
    <message>
        <source>Cannot write the route card to %1.</source>
        <translation>Не вдалося записати картку маршруту в %1.</translation>
    </message>
    <message>
        <source>Cannot write the route card to %1: %2</source>
        <translation>Не вдалося записати картку маршруту в %1: %2</translation>
    </message>
    <message>
        <source>Nothing Blindspot tried lowers the chance on this trip.</source>
        <translation>Жоден із варіантів, які перевірив Blindspot, не знижує ймовірність для цієї поїздки.</translation>
    </message>
    <message>
        <source>Icons: 10 trips; filled: identified (most likely), striped: the uncertain range, empty: not identified. Map: A start, B end, numbers where most of the risk is; darker steps are likelier to identify; walking is dashed; grey stripes: no data.</source>
        <translation>Значки: 10 поїздок; зафарбовані — упізнають (найімовірніший результат), заштриховані — діапазон невизначеності, порожні — не впізнають. Карта: A — початок, B — кінець, цифри — де основна частина ризику; що темніший крок, то ймовірніше впізнання; пішки — пунктиром; сірі смуги — немає даних.</translation>
    </message>
    <message>
        <source>How the numbers are made and what they leave out: the methodology, in Blindspot under &quot;How these numbers are made&quot; in the route details. Made with Blindspot, which works offline.</source>
        <translation>Як отримано ці числа і чого вони не враховують — у методиці: у Blindspot, у подробицях маршруту, розділ «Як отримано ці числа». Зроблено в Blindspot, який працює без мережі.</translation>
    </message>
</context>
<context>
    <name>RouteOverlay</name>
    <message>
        <source>A</source>
        <comment>start of the route on the map</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <comment>end of the route on the map</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>&lt;1 of 10</source>
        <comment>a route step&apos;s own chance on the map: fewer than 1 of 10 trips like this are identified at this step</comment>
        <translation>&lt;1 з 10</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <comment>a route step&apos;s own chance on the map: this many of 10 trips like this are identified at this step</comment>
        <translation>%1 з 10</translation>
    </message>
    <message>
        <source>%1-%2 of 10</source>
        <comment>a route step&apos;s own chance on the map: between this many of 10 trips like this are identified at this step</comment>
        <translation>%1-%2 з 10</translation>
    </message>
</context>
<context>
    <name>RouteText</name>
    <message>
        <source>your start point</source>
        <translation>місце відправлення</translation>
    </message>
    <message>
        <source>your destination</source>
        <translation>місце призначення</translation>
    </message>
    <message>
        <source>the point %1, %2</source>
        <translation>точка %1, %2</translation>
    </message>
    <message>
        <source>%1, entrance %2</source>
        <translation>%1, вхід %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>лінія %1</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>лінія %1 (%2)</translation>
    </message>
    <message>
        <source>Walk %1 from %2 to %3</source>
        <translation>Пройдіть пішки %1: %2 → %3</translation>
    </message>
    <message>
        <source>Enter %1 by entrance %2 (hall, turnstiles, escalator)</source>
        <translation>Увійдіть на станцію %1 через вхід %2 (вестибюль, турнікети, ескалатор)</translation>
    </message>
    <message>
        <source>Enter %1 (hall, turnstiles, escalator)</source>
        <translation>Увійдіть на станцію %1 (вестибюль, турнікети, ескалатор)</translation>
    </message>
    <message>
        <source>Ride %1 from %2 to %3, stops: %4</source>
        <translation>Їдьте: %1, %2 → %3, зупинок: %4</translation>
    </message>
    <message>
        <source>Change at %1 to %2</source>
        <translation>Пересядьте на станції %1, далі — %2</translation>
    </message>
    <message>
        <source>Leave %1 by exit %2 (escalator, hall)</source>
        <translation>Вийдіть зі станції %1 через вихід %2 (ескалатор, вестибюль)</translation>
    </message>
    <message>
        <source>Leave %1 (escalator, hall)</source>
        <translation>Вийдіть зі станції %1 (ескалатор, вестибюль)</translation>
    </message>
    <message>
        <source>entrance hall</source>
        <translation>вестибюль</translation>
    </message>
    <message>
        <source>turnstiles</source>
        <translation>турнікети</translation>
    </message>
    <message>
        <source>escalator</source>
        <translation>ескалатор</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>платформа</translation>
    </message>
    <message>
        <source>transfer corridor</source>
        <translation>пересадковий перехід</translation>
    </message>
    <message>
        <source>train cars</source>
        <translation>вагони</translation>
    </message>
    <message>
        <source>face recognition confirmed</source>
        <translation>розпізнавання облич підтверджено</translation>
    </message>
    <message>
        <source>face recognition suspected</source>
        <translation>розпізнавання облич імовірне</translation>
    </message>
    <message>
        <source>no face recognition</source>
        <translation>без розпізнавання облич</translation>
    </message>
    <message>
        <source>face recognition unknown (no data)</source>
        <translation>розпізнавання облич: невідомо (немає даних)</translation>
    </message>
    <message>
        <source>a mapped camera (no. %1), %2</source>
        <translation>камера на карті (№ %1), %2</translation>
    </message>
    <message>
        <source>cameras nobody mapped (an estimate from camera density)</source>
        <translation>камери, яких ніхто не наніс на карту (оцінка за щільністю камер)</translation>
    </message>
    <message>
        <source>the walk from %1 to %2 (cameras nobody mapped)</source>
        <translation>пішки %1 → %2 (камери, яких ніхто не наніс на карту)</translation>
    </message>
    <message>
        <source>the walk from %1 to %2</source>
        <translation>пішки %1 → %2</translation>
    </message>
    <message>
        <source>the entrance hall of %1</source>
        <translation>вестибюль станції %1</translation>
    </message>
    <message>
        <source>the turnstiles of %1</source>
        <translation>турнікети станції %1</translation>
    </message>
    <message>
        <source>the escalators of %1</source>
        <translation>ескалатори станції %1</translation>
    </message>
    <message>
        <source>the platform of %1</source>
        <translation>платформа станції %1</translation>
    </message>
    <message>
        <source>the transfer corridor of %1</source>
        <translation>пересадковий перехід станції %1</translation>
    </message>
    <message>
        <source>the trains at %1</source>
        <translation>поїзди на станції %1</translation>
    </message>
    <message>
        <source>the train on %1 from %2 to %3</source>
        <translation>поїзд (%1): %2 → %3</translation>
    </message>
    <message>
        <source>walk %1</source>
        <translation>пішки %1</translation>
    </message>
    <message>
        <source>in at %1</source>
        <translation>вхід: %1</translation>
    </message>
    <message>
        <source>change at %1</source>
        <translation>пересадка: %1</translation>
    </message>
    <message>
        <source>out at %1</source>
        <translation>вихід: %1</translation>
    </message>
    <message>
        <source>Walk all the way (%1)</source>
        <translation>Увесь шлях пішки (%1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>about as long</source>
        <translation>приблизно стільки ж</translation>
    </message>
    <message>
        <source>%1 longer</source>
        <translation>на %1 довше</translation>
    </message>
    <message>
        <source>%1 shorter</source>
        <translation>на %1 швидше</translation>
    </message>
    <message>
        <source>%1&#xa0;min</source>
        <translation>%1&#xa0;хв</translation>
    </message>
    <message>
        <source>%1&#xa0;h %2&#xa0;min</source>
        <translation>%1&#xa0;год %2&#xa0;хв</translation>
    </message>
    <message>
        <source>%1&#xa0;m</source>
        <translation>%1&#xa0;м</translation>
    </message>
    <message>
        <source>%1&#xa0;km</source>
        <translation>%1&#xa0;км</translation>
    </message>
    <message>
        <source>%1: no count reported, about 1 more camera assumed</source>
        <translation>%1: кількість камер не повідомлялася, припускається ще близько 1 камери</translation>
    </message>
    <message>
        <source>%1: no count reported, about %2 more cameras assumed</source>
        <translation>%1: кількість камер не повідомлялася, припускається ще близько %2</translation>
    </message>
    <message>
        <source>%1: 1 reported camera not on the map</source>
        <translation>%1: 1 камера, про яку повідомили, не нанесена на карту</translation>
    </message>
    <message>
        <source>%1: %2 reported cameras not on the map</source>
        <translation>%1: камери, про які повідомили, але яких немає на карті: %2</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>час невідомий</translation>
    </message>
    <message>
        <source>unknown distance</source>
        <translation>відстань невідома</translation>
    </message>
    <message>
        <source>%1&#xa0;s</source>
        <translation>%1&#xa0;с</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Good looks at your face for a face-recognition system: fewer than 1 on average (%1)</source>
        <translation>Вдалих знімків вашого обличчя для системи розпізнавання: у середньому менше 1 (%1)</translation>
    </message>
    <message>
        <source>Good looks at your face for a face-recognition system: about %1 (%2)</source>
        <translation>Вдалих знімків вашого обличчя для системи розпізнавання: близько %1 (%2)</translation>
    </message>
    <message>
        <source>Face-recognition checkpoints passed (turnstile lines): %1</source>
        <translation>Пунктів контролю з розпізнаванням облич (ліній турнікетів): %1</translation>
    </message>
    <message>
        <source>Time in view of mapped cameras: %1 (of cameras with face recognition: %2)</source>
        <translation>Час у полі зору камер із карти: %1 (з них камер із розпізнаванням облич: %2)</translation>
    </message>
    <message>
        <source>Time in view of mapped cameras: %1</source>
        <translation>Час у полі зору камер із карти: %1</translation>
    </message>
    <message>
        <source>Walking in view of a mapped camera: under 5 % of %1</source>
        <translation>Пішки в полі зору камер із карти: менше 5 % із %1</translation>
    </message>
    <message>
        <source>Walking in view of a mapped camera: about %1 % of %2</source>
        <translation>Пішки в полі зору камер із карти: близько %1 % із %2</translation>
    </message>
    <message>
        <source>Mapped cameras that have you in view: %1</source>
        <translation>Камер із карти, у поле зору яких ви потрапляєте: %1</translation>
    </message>
    <message>
        <source>The range is wide partly because nobody has surveyed %1 of the walking: cameras there are estimated from their usual density. A survey of those streets would narrow it.</source>
        <translation>Розкид широкий почасти тому, що %1 пішого шляху ніхто не обстежив: камери там оцінено за їхньою звичайною щільністю. Обстеження цих вулиць звузило б розкид.</translation>
    </message>
    <message>
        <source>Your start, %1, is also on your list to avoid: the routes start in the street there and do not use it.</source>
        <translation>Місце відправлення, %1, теж у списку того, чого ви уникаєте: маршрути починаються поруч, на вулиці, і не проходять через нього.</translation>
    </message>
    <message>
        <source>Your destination, %1, is also on your list to avoid: the routes end in the street there and do not use it.</source>
        <translation>Місце призначення, %1, теж у списку того, чого ви уникаєте: маршрути закінчуються поруч, на вулиці, і не проходять через нього.</translation>
    </message>
    <message>
        <source>This map does not say which city or surveillance system it describes, so Blindspot uses wide priors for an unknown region, not Moscow&apos;s: cameras of unknown status may or may not feed face recognition. Whoever keeps the map can set its context in Edit &gt; Surveillance context.</source>
        <translation>У цій карті не сказано, яке місто чи яку систему спостереження вона описує, тому Blindspot бере широкі припущення для невідомого регіону, а не московські: камери з невідомим статусом можуть передавати зображення в систему розпізнавання облич, а можуть і не передавати. Той, хто веде карту, може вказати її контекст у меню «Редагування &gt; Контекст спостереження».</translation>
    </message>
    <message>
        <source>The path: %1, about %2 on foot</source>
        <translation>Шлях: %1, близько %2 пішки</translation>
    </message>
    <message>
        <source>camera %1 (%2): in view from %3 (%4) into the walk for %5, as close as %6</source>
        <translation>камера %1 (%2): у полі зору з %3 (%4) від початку шляху протягом %5, найближче — %6</translation>
    </message>
    <message>
        <source>This path lies outside the area the map covers: no mapped camera is near it. Its chance comes only from the cameras assumed on streets nobody surveyed, which is not the same as no cameras.</source>
        <translation>Цей шлях лежить за межами території, яку охоплює карта: поруч із ним немає камер із карти. Імовірність, що вас упізнають, тут ґрунтується лише на камерах, які припускаються на вулицях, ніким не обстежених, а це не те саме, що відсутність камер.</translation>
    </message>
    <message>
        <source>No mapped camera has this path in view. Its chance comes from the cameras assumed on streets nobody surveyed; the map may also miss cameras.</source>
        <translation>Жодна камера з карти не бачить цей шлях. Імовірність, що вас упізнають, тут ґрунтується на камерах, які припускаються на вулицях, ніким не обстежених; крім того, на карті можуть бути не всі камери.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>station, entrance</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>вихід %1</translation>
    </message>
    <message>
        <source>entrance %1</source>
        <translation>вхід %1</translation>
    </message>
    <message>
        <source>north</source>
        <comment>side of a station</comment>
        <translation>північний</translation>
    </message>
    <message>
        <source>north-east</source>
        <comment>side of a station</comment>
        <translation>північно-східний</translation>
    </message>
    <message>
        <source>east</source>
        <comment>side of a station</comment>
        <translation>східний</translation>
    </message>
    <message>
        <source>south-east</source>
        <comment>side of a station</comment>
        <translation>південно-східний</translation>
    </message>
    <message>
        <source>south</source>
        <comment>side of a station</comment>
        <translation>південний</translation>
    </message>
    <message>
        <source>south-west</source>
        <comment>side of a station</comment>
        <translation>південно-західний</translation>
    </message>
    <message>
        <source>west</source>
        <comment>side of a station</comment>
        <translation>західний</translation>
    </message>
    <message>
        <source>north-west</source>
        <comment>side of a station</comment>
        <translation>північно-західний</translation>
    </message>
    <message>
        <source>the exit</source>
        <translation>вихід</translation>
    </message>
    <message>
        <source>the entrance</source>
        <translation>вхід</translation>
    </message>
    <message>
        <source>%1 exit</source>
        <comment>north-east exit</comment>
        <translation>%1 вихід</translation>
    </message>
    <message>
        <source>%1 entrance</source>
        <comment>north-east entrance</comment>
        <translation>%1 вхід</translation>
    </message>
    <message>
        <source>north</source>
        <comment>heading</comment>
        <translation>північ</translation>
    </message>
    <message>
        <source>north-east</source>
        <comment>heading</comment>
        <translation>північний схід</translation>
    </message>
    <message>
        <source>east</source>
        <comment>heading</comment>
        <translation>схід</translation>
    </message>
    <message>
        <source>south-east</source>
        <comment>heading</comment>
        <translation>південний схід</translation>
    </message>
    <message>
        <source>south</source>
        <comment>heading</comment>
        <translation>південь</translation>
    </message>
    <message>
        <source>south-west</source>
        <comment>heading</comment>
        <translation>південний захід</translation>
    </message>
    <message>
        <source>west</source>
        <comment>heading</comment>
        <translation>захід</translation>
    </message>
    <message>
        <source>north-west</source>
        <comment>heading</comment>
        <translation>північний захід</translation>
    </message>
    <message>
        <source>red line</source>
        <translation>червона лінія</translation>
    </message>
    <message>
        <source>orange line</source>
        <translation>помаранчева лінія</translation>
    </message>
    <message>
        <source>yellow line</source>
        <translation>жовта лінія</translation>
    </message>
    <message>
        <source>green line</source>
        <translation>зелена лінія</translation>
    </message>
    <message>
        <source>light green line</source>
        <translation>світло-зелена лінія</translation>
    </message>
    <message>
        <source>blue line</source>
        <translation>синя лінія</translation>
    </message>
    <message>
        <source>light blue line</source>
        <translation>блакитна лінія</translation>
    </message>
    <message>
        <source>purple line</source>
        <translation>фіолетова лінія</translation>
    </message>
    <message>
        <source>brown line</source>
        <translation>коричнева лінія</translation>
    </message>
    <message>
        <source>grey line</source>
        <translation>сіра лінія</translation>
    </message>
    <message>
        <source>pink line</source>
        <translation>рожева лінія</translation>
    </message>
    <message>
        <source>unnamed line</source>
        <translation>лінія без назви</translation>
    </message>
    <message>
        <source>Enter %1 by %2 (hall, turnstiles, escalator)</source>
        <comment>by north-east entrance</comment>
        <translation>Увійдіть на станцію %1 через %2 (вестибюль, турнікети, ескалатор)</translation>
    </message>
    <message>
        <source>Leave %1 by %2 (escalator, hall)</source>
        <comment>by north-east exit</comment>
        <translation>Вийдіть зі станції %1 через %2 (ескалатор, вестибюль)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>біля станції %1</translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <comment>250 m from Mirror Square (north-east)</comment>
        <translation>%1 від станції %2 (%3)</translation>
    </message>
    <message>
        <source>Avoiding: %1.</source>
        <translation>Оминаємо: %1.</translation>
    </message>
</context>
<context>
    <name>SecurityText</name>
    <message>
        <source>Too many wrong passphrases in a row. You can try again in %1.</source>
        <translation>Забагато невдалих спроб поспіль. Спробувати знову можна через %1.</translation>
    </message>
    <message>
        <source>There is not enough free memory to check the passphrase. Close other programs and try again. Nothing was changed.</source>
        <translation>Недостатньо вільної пам’яті, щоб перевірити парольну фразу. Закрийте інші програми й спробуйте знову. Нічого не змінилося.</translation>
    </message>
    <message>
        <source>The workspace is locked. Unlock it first; nothing was changed.</source>
        <translation>Робочу область заблоковано. Спершу розблокуйте її; нічого не змінилося.</translation>
    </message>
    <message>
        <source>Unknown error; nothing was changed.</source>
        <translation>Невідома помилка; нічого не змінилося.</translation>
    </message>
    <message>
        <source>Four or more unrelated words make a good passphrase.</source>
        <translation>Добра парольна фраза — щонайменше чотири не пов’язані між собою слова.</translation>
    </message>
    <message>
        <source>Strong: hard to guess, even for someone who takes this computer.</source>
        <translation>Сильна: її важко підібрати навіть тому, хто забере цей комп’ютер.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it much harder to guess.</source>
        <translation>Середня: якщо додати ще одне-два слова, її буде значно важче підібрати.</translation>
    </message>
    <message>
        <source>Weak: someone who takes this computer could guess it. Use four or more unrelated words.</source>
        <translation>Слабка: той, хто забере цей комп’ютер, зможе її підібрати. Використайте щонайменше чотири не пов’язані між собою слова.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody signed this map pack.&lt;/b&gt; Blindspot cannot tell who made it, or whether it was changed after it was made.</source>
        <translation>&lt;b&gt;Цей пакет даних ніхто не підписав.&lt;/b&gt; Blindspot не може визначити, хто його створив і чи не змінювали його після створення.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed by %1&lt;/b&gt;, a key you trust. The signature checks out: the map pack is exactly as %1 signed it.</source>
        <translation>&lt;b&gt;Підписано ключем «%1»&lt;/b&gt;, якому ви довіряєте. Підпис правильний: після підписання ключем «%1» пакет даних не змінювався.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed with a key you have not trusted yet&lt;/b&gt; (key ID %1). Anyone can sign a file: until you add that key, Blindspot cannot tell who signed it.</source>
        <translation>&lt;b&gt;Підписано ключем, якому ви поки не довіряєте&lt;/b&gt; (ідентифікатор ключа %1). Підписати файл може будь-хто: доки ви не додасте цей ключ, Blindspot не може визначити, хто його підписав.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The signature is not from %1&apos;s key&lt;/b&gt;, though it claims to be. Do not import this map pack unless you know why.</source>
        <translation>&lt;b&gt;Підпис зроблено не ключем «%1»&lt;/b&gt;, хоча в ньому зазначено саме його. Не імпортуйте цей пакет даних, якщо не знаєте, чому так сталося.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The signature was altered.&lt;/b&gt; The map is as %1 signed it, but the signed note on its version and expiry was changed afterwards. Do not import it unless you know why.</source>
        <translation>&lt;b&gt;Підпис змінено.&lt;/b&gt; Сама карта така, якою її підписали ключем «%1», але підписану позначку про її версію та строк дії потім змінили. Не імпортуйте цей пакет даних, якщо не знаєте, чому так сталося.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The signature does not fit this file.&lt;/b&gt; %1 signed another version of this map (another name, version or expiry date). Do not import it unless you know why.</source>
        <translation>&lt;b&gt;Підпис не відповідає цьому файлу.&lt;/b&gt; Ключем «%1» підписано іншу версію цієї карти (з іншою назвою, номером версії або строком дії). Не імпортуйте цей пакет даних, якщо не знаєте, чому так сталося.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The signature does not match.&lt;/b&gt; The map pack, or its signature, was changed after %1 signed it. Do not import it unless you know why.</source>
        <translation>&lt;b&gt;Підпис неправильний.&lt;/b&gt; Пакет даних або його підпис змінили після підписання ключем «%1». Не імпортуйте цей пакет даних, якщо не знаєте, чому так сталося.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Out of date.&lt;/b&gt; This map pack expired on %1: its publisher meant it to be replaced by then, and cameras may have been added or removed since. Look for a newer version from the same publisher.</source>
        <translation>&lt;b&gt;Застарів.&lt;/b&gt; Строк дії цього пакета даних сплив %1: видавець розраховував, що до того часу його замінить новий, а камери відтоді могли додати або прибрати. Пошукайте новішу версію від того самого видавця.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Older than what you have.&lt;/b&gt; You already imported version %1 of this map; this file is version %2. Someone may be passing on an old map with fewer cameras. Import it only if you meant to go back.</source>
        <translation>&lt;b&gt;Старіша версія, ніж у вас.&lt;/b&gt; Ви вже імпортували версію %1 цієї карти, а цей файл — версія %2. Можливо, хтось поширює стару карту, на якій менше камер. Імпортуйте його, лише якщо ви свідомо повертаєтеся до старої версії.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another signer than last time.&lt;/b&gt; The last version of this map you imported was signed by a different key, or was signed and this one is not. Ask the publisher whether they changed their key before you trust it.</source>
        <translation>&lt;b&gt;Підписувач не той, що минулого разу.&lt;/b&gt; Попередню імпортовану вами версію цієї карти було підписано іншим ключем — або її було підписано, а цю ні. Перш ніж довіряти цьому файлу, запитайте видавця, чи не змінював він ключ.</translation>
    </message>
    <message>
        <source>It is imported as an untrusted source: it can add cameras and raise their face-recognition status, but it cannot remove cameras or lower their status unless you tick that change in the review.</source>
        <translation>Пакет даних буде імпортовано як недовірене джерело: він може додавати камери й підвищувати їхній статус розпізнавання облич, але не може видаляти камери чи знижувати їхній статус, якщо тільки ви не позначите таку зміну під час перевірки.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1. Nothing was changed.</source>
        <translation>%1. Нічого не змінилося.</translation>
    </message>
    <message>
        <source>That passphrase does not open this workspace; the workspace was not changed. Check Caps Lock and the keyboard layout (Russian, Ukrainian or English).</source>
        <translation>Ця парольна фраза не відкриває робочу область; робоча область не змінилася. Перевірте Caps Lock і розкладку клавіатури (українська, російська чи англійська).</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>That passphrase does not open this workspace.</source>
        <translation>Ця парольна фраза не відкриває робочу область.</translation>
    </message>
    <message>
        <source>There is not enough free memory to check the passphrase.</source>
        <translation>Бракує вільної пам’яті, щоб перевірити парольну фразу.</translation>
    </message>
    <message>
        <source>The workspace is locked.</source>
        <translation>Робочу область заблоковано.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Невідома помилка.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters; four or more unrelated words are better.</source>
        <translation>Закоротко: потрібно щонайменше %1 знаків; краще чотири чи більше не пов’язаних між собою слів.</translation>
    </message>
    <message>
        <source>If they really made a new key, check with them, remove the old key from the trusted keys, then add the new one.</source>
        <translation>Якщо видавець справді створив новий ключ, уточніть це в нього, видаліть старий ключ із довірених, а потім додайте новий.</translation>
    </message>
    <message>
        <source>This key was not added. Its key ID %1 is that of a key you already trust, &quot;%2&quot; (fingerprint %3), but the key itself is different. Anyone can give a key any ID: this is what a forged key posing as a trusted signer looks like.</source>
        <translation>Цей ключ не додано. Його ідентифікатор %1 збігається з ідентифікатором ключа, якому ви вже довіряєте, — «%2» (відбиток %3), але сам ключ інший. Будь-хто може дати ключу будь-який ідентифікатор: саме так виглядає підроблений ключ, що видає себе за довіреного підписувача.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Нічого не змінено.</translation>
    </message>
    <message>
        <source>This workspace file cannot be opened with any passphrase: its key was destroyed when the passphrase was changed or the workspace was wiped. It is an older copy of a workspace, or its key slot file (the same name ending in .keyslot) is missing.</source>
        <translation>Цей файл робочої області не відкривається жодною парольною фразою: його ключ знищено під час зміни парольної фрази або стирання робочої області. Це стара копія робочої області, або бракує файлу її ключа (та сама назва із закінченням .keyslot).</translation>
    </message>
</context>
<context>
    <name>SpotTheCameraExercise</name>
    <message>
        <source>north</source>
        <translation>північ</translation>
    </message>
    <message>
        <source>north-east</source>
        <translation>північний схід</translation>
    </message>
    <message>
        <source>east</source>
        <translation>схід</translation>
    </message>
    <message>
        <source>south-east</source>
        <translation>південний схід</translation>
    </message>
    <message>
        <source>south</source>
        <translation>південь</translation>
    </message>
    <message>
        <source>south-west</source>
        <translation>південний захід</translation>
    </message>
    <message>
        <source>west</source>
        <translation>захід</translation>
    </message>
    <message>
        <source>north-west</source>
        <translation>північний захід</translation>
    </message>
</context>
<context>
    <name>TrainingPainter</name>
    <message>
        <source>%1 on foot</source>
        <translation>%1 пішки</translation>
    </message>
    <message>
        <source>%1 by metro, no change</source>
        <translation>%1 метро, без пересадок</translation>
    </message>
    <message>
        <source>Rests on reported cameras</source>
        <translation>Ґрунтується на камерах, про які повідомляли</translation>
    </message>
    <message>
        <source>No way found with these choices.</source>
        <translation>З такими параметрами шлях не знайдено.</translation>
    </message>
    <message>
        <source>%1 by metro, 1 change</source>
        <translation>%1 метро, 1 пересадка</translation>
    </message>
    <message>
        <source>%1 by metro, %2 changes</source>
        <translation>%1 метро, пересадок: %2</translation>
    </message>
    <message>
        <source>About %1 of 10 parts of this estimate are assumptions where nobody reported cameras</source>
        <translation>Приблизно %1 з 10 частин цієї оцінки — припущення про місця, де ніхто не повідомляв про камери</translation>
    </message>
    <message>
        <source>Rests almost entirely on assumptions where nobody reported cameras</source>
        <translation>Майже повністю спирається на припущення про місця, де ніхто не повідомляв про камери</translation>
    </message>
</context>
<context>
    <name>WalkingDirections</name>
    <message>
        <source>Continue straight</source>
        <translation>Продовжуйте прямо</translation>
    </message>
    <message>
        <source>Turn slightly left</source>
        <translation>Тримайтеся трохи лівіше</translation>
    </message>
    <message>
        <source>Turn left</source>
        <translation>Поверніть ліворуч</translation>
    </message>
    <message>
        <source>Turn sharp left</source>
        <translation>Різко поверніть ліворуч</translation>
    </message>
    <message>
        <source>Turn slightly right</source>
        <translation>Тримайтеся трохи правіше</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>Поверніть праворуч</translation>
    </message>
    <message>
        <source>Turn sharp right</source>
        <translation>Різко поверніть праворуч</translation>
    </message>
    <message>
        <source>1 mapped camera sees you here</source>
        <translation>Тут вас бачить 1 камера з карти</translation>
    </message>
    <message>
        <source>%1 mapped cameras see you here</source>
        <translation>Камер з карти, які вас тут бачать: %1</translation>
    </message>
    <message>
        <source>Go %1 for %2</source>
        <translation>Ідіть на %1, %2</translation>
    </message>
    <message>
        <source>Go %1 along %2 for %3</source>
        <translation>Ідіть на %1 (%2), %3</translation>
    </message>
    <message>
        <source>Continue straight for %1</source>
        <translation>Ідіть прямо %1</translation>
    </message>
    <message>
        <source>Continue onto %1 for %2</source>
        <translation>Продовжуйте прямо — %1, %2</translation>
    </message>
    <message>
        <source>%1 and walk %2</source>
        <comment>Turn left and walk 200 m</comment>
        <translation>%1 і пройдіть %2</translation>
    </message>
    <message>
        <source>%1 onto %2 and walk %3</source>
        <comment>Turn left onto Main Street and walk 200 m</comment>
        <translation>%1 — %2, пройдіть %3</translation>
    </message>
    <message>
        <source>%1 and take the steps (%2)</source>
        <translation>%1 і йдіть сходами (%2)</translation>
    </message>
    <message>
        <source>Take the steps (%1)</source>
        <translation>Ідіть сходами (%1)</translation>
    </message>
    <message>
        <source>%1 and go through the underpass (%2)</source>
        <translation>%1 і пройдіть підземним переходом (%2)</translation>
    </message>
    <message>
        <source>Go through the underpass (%1)</source>
        <translation>Пройдіть підземним переходом (%1)</translation>
    </message>
    <message>
        <source>%1 and cross at the traffic lights (%2)</source>
        <translation>%1 і перейдіть дорогу на світлофорі (%2)</translation>
    </message>
    <message>
        <source>Cross at the traffic lights (%1)</source>
        <translation>Перейдіть дорогу на світлофорі (%1)</translation>
    </message>
    <message>
        <source>%1 and cross the road at the crossing (%2)</source>
        <translation>%1 і перейдіть дорогу пішохідним переходом (%2)</translation>
    </message>
    <message>
        <source>Cross the road at the crossing (%1)</source>
        <translation>Перейдіть дорогу пішохідним переходом (%1)</translation>
    </message>
    <message>
        <source>%1 and cross by the footbridge (%2)</source>
        <translation>%1 і перейдіть надземним переходом (%2)</translation>
    </message>
    <message>
        <source>Cross by the footbridge (%1)</source>
        <translation>Перейдіть надземним переходом (%1)</translation>
    </message>
    <message>
        <source>%1 and go through the indoor passage (%2)</source>
        <translation>%1 і пройдіть критим переходом (%2)</translation>
    </message>
    <message>
        <source>Go through the indoor passage (%1)</source>
        <translation>Пройдіть критим переходом (%1)</translation>
    </message>
    <message>
        <source>Enter by %1</source>
        <comment>Enter by entrance 3</comment>
        <translation>Увійдіть через %1</translation>
    </message>
    <message>
        <source>Arrive at %1</source>
        <translation>Ви на місці: %1</translation>
    </message>
</context>
<context>
    <name>blindspot::CameraInspector</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Face recognition:</source>
        <translation>&amp;Розпізнавання облич:</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Напрямок:</translation>
    </message>
    <message>
        <source>Field of &amp;view:</source>
        <translation>Кут &amp;огляду:</translation>
    </message>
    <message>
        <source>Hei&amp;ght:</source>
        <translation>Ви&amp;сота:</translation>
    </message>
    <message>
        <source>&amp;Mount:</source>
        <translation>&amp;Кріплення:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Примітки:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Відомо</translation>
    </message>
    <message>
        <source>Clockwise from north. Unknown means the camera is assumed to see all round.</source>
        <translation>За годинниковою стрілкою від півночі. Якщо невідомо, вважається, що камера бачить на всі боки.</translation>
    </message>
    <message>
        <source>How wide the camera sees. Unknown means the usual value for its kind.</source>
        <translation>Наскільки широко бачить камера. Якщо невідомо, береться звичайне значення для камер цього типу.</translation>
    </message>
    <message>
        <source>Height above the floor or street. A high camera sees faces steeply from above.</source>
        <translation>Висота над підлогою або вулицею. Камера, що висить високо, бачить обличчя під крутим кутом згори.</translation>
    </message>
    <message>
        <source> m</source>
        <translation> м</translation>
    </message>
    <message>
        <source>Whether the camera feeds face recognition. Say &quot;confirmed&quot; only with evidence.</source>
        <translation>Чи передає камера зображення в систему розпізнавання облич. Вибирайте «підтверджено», лише якщо є докази.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Застосувати</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Пов&amp;ернути</translation>
    </message>
    <message>
        <source>Put back the values the map has now</source>
        <translation>Повернути значення, які зараз на карті</translation>
    </message>
    <message>
        <source>&amp;Delete camera</source>
        <translation>&amp;Видалити камеру</translation>
    </message>
    <message>
        <source>Remove this camera from the map (Delete); Edit &gt; Undo brings it back</source>
        <translation>Прибрати цю камеру з карти (Delete); «Редагування &gt; Скасувати» поверне її</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Хто повідомив</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Коли бачили</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Спостерігачі</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <source>Click a camera on the map to see what is known about it.</source>
        <translation>Натисніть на камеру на карті, щоб побачити, що про неї відомо.</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>Камера %1</translation>
    </message>
    <message>
        <source>Camera %1 (%2)</source>
        <translation>Камера %1 (%2)</translation>
    </message>
    <message>
        <source>Inside %1: %2</source>
        <translation>Усередині станції %1: %2</translation>
    </message>
    <message>
        <source>Inside %1</source>
        <translation>Усередині станції %1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Координати: %1</translation>
    </message>
    <message>
        <source>Unknown source</source>
        <translation>Невідоме джерело</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <source>No source recorded</source>
        <translation>Джерело не записано</translation>
    </message>
    <message>
        <source>another source</source>
        <translation>інше джерело</translation>
    </message>
    <message>
        <source>%1: the map says %2; %3 says %4</source>
        <translation>%1: на карті — %2; %3 вказує %4</translation>
    </message>
    <message>
        <source>Sources disagree:</source>
        <translation>Джерела розходяться:</translation>
    </message>
    <message>
        <source>Record these values as a local edit dated today; Edit &gt; Undo takes it back</source>
        <translation>Записати ці значення як локальну зміну з сьогоднішньою датою; «Редагування &gt; Скасувати» поверне все назад</translation>
    </message>
    <message>
        <source>Attach &amp;photo…</source>
        <translation>Прикріпити &amp;фото…</translation>
    </message>
    <message>
        <source>Add a photo of this camera as evidence: its hidden data is removed and faces are covered before it is stored</source>
        <translation>Додати фото цієї камери як доказ: перед збереженням із нього видаляються приховані дані, а обличчя зафарбовуються</translation>
    </message>
    <message>
        <source>Heading known</source>
        <translation>Напрямок відомий</translation>
    </message>
    <message>
        <source>Heading in degrees</source>
        <translation>Напрямок у градусах</translation>
    </message>
    <message>
        <source>Field of view known</source>
        <translation>Кут огляду відомий</translation>
    </message>
    <message>
        <source>Field of view in degrees</source>
        <translation>Кут огляду в градусах</translation>
    </message>
    <message>
        <source>Height known</source>
        <translation>Висота відома</translation>
    </message>
    <message>
        <source>Height in metres</source>
        <translation>Висота в метрах</translation>
    </message>
    <message>
        <source>What is known about the camera</source>
        <translation>Що відомо про камеру</translation>
    </message>
</context>
<context>
    <name>blindspot::ChangePassphraseDialog</name>
    <message>
        <source>Change the workspace passphrase</source>
        <translation>Змінити парольну фразу робочої області</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Поточна парольна фраза:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Нова парольна фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one:</source>
        <translation>По&amp;вторіть нову:</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Змінити парольну фразу</translation>
    </message>
    <message>
        <source>No workspace is open, so there is no passphrase to change.</source>
        <translation>Робочу область не відкрито, тому парольну фразу змінити не можна.</translation>
    </message>
    <message>
        <source>Type the current passphrase first.</source>
        <translation>Спершу введіть поточну парольну фразу.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Type the same one twice. Nothing was changed.</source>
        <translation>Нові парольні фрази не збігаються. Введіть ту саму фразу двічі. Нічого не змінилося.</translation>
    </message>
    <message>
        <source>The new passphrase is too short: use at least %1 characters. Nothing was changed.</source>
        <translation>Нова парольна фраза закоротка: потрібно щонайменше %1 знаків. Нічого не змінилося.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row. You can try again in %1.</source>
        <translation>Забагато невдалих спроб поспіль. Спробувати знову можна через %1.</translation>
    </message>
    <message>
        <source>Checking the passphrase and saving; this takes a few seconds…</source>
        <translation>Перевіряємо парольну фразу й зберігаємо; це займе кілька секунд…</translation>
    </message>
    <message>
        <source>The workspace is saved again under the new passphrase; from then on this file no longer opens with the old one. Earlier copies (backups, USB sticks) and old data the disk itself may keep still open with the old passphrase.</source>
        <translation>Робочу область буде заново збережено під новою парольною фразою; після цього файл більше не відкриється старою. Давніші копії (резервні копії, флешки) і старі дані, які може зберігати сам диск, і далі відкриваються старою парольною фразою.</translation>
    </message>
</context>
<context>
    <name>blindspot::EditingController</name>
    <message>
        <source>The edit was not applied: it would leave the map inconsistent (%1).</source>
        <translation>Зміну не застосовано: через неї дані карти стали б суперечливими (%1).</translation>
    </message>
    <message>
        <source>Camera added. Describe it in the inspector: its kind and whether it feeds face recognition.</source>
        <translation>Камеру додано. Опишіть її на панелі «Камера»: тип і чи передає вона зображення в систему розпізнавання облич.</translation>
    </message>
    <message>
        <source>Edit camera</source>
        <translation>зміна камери</translation>
    </message>
    <message>
        <source>Set the surveillance context</source>
        <translation>Вказати контекст спостереження</translation>
    </message>
    <message>
        <source>%1 (surveyed %2)</source>
        <translation>%1 (обстежено %2)</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>Район %1</translation>
    </message>
    <message>
        <source>Delete survey area</source>
        <translation>видалення обстеженого району</translation>
    </message>
    <message>
        <source>Survey area to delete:</source>
        <translation>Який обстежений район видалити:</translation>
    </message>
</context>
<context>
    <name>blindspot::ExposureChart</name>
    <message>
        <source>Chart: how the chance of identification builds up over the trip</source>
        <translation>Графік: як імовірність упізнання зростає за час поїздки</translation>
    </message>
    <message>
        <source>Chance of being identified so far (of 10 trips)</source>
        <translation>Імовірність, що вас уже впізнали (з 10 поїздок)</translation>
    </message>
    <message>
        <source>minutes from the start</source>
        <translation>хвилини від початку поїздки</translation>
    </message>
    <message>
        <source>%1 of 10 after %2</source>
        <translation>%1 з 10 через %2</translation>
    </message>
    <message>
        <source>At the end, after %1: identified in %2 of 10 trips (%3 to %4).</source>
        <translation>Наприкінці, через %1: упізнають у %2 з 10 поїздок (від %3 до %4).</translation>
    </message>
    <message>
        <source>Out of 10 trips, identified so far: %1.</source>
        <translation>З 10 поїздок уже впізнали: %1.</translation>
    </message>
</context>
<context>
    <name>blindspot::FaceDetectorDemoWidget</name>
    <message>
        <source>The photo as it is</source>
        <translation>Фото як є</translation>
    </message>
    <message>
        <source>Fewer pixels (a distant camera)</source>
        <translation>Менше пікселів (далека камера)</translation>
    </message>
    <message>
        <source>A cap</source>
        <translation>Кепка</translation>
    </message>
    <message>
        <source>Dark sunglasses</source>
        <translation>Темні сонцезахисні окуляри</translation>
    </message>
    <message>
        <source>A medical mask</source>
        <translation>Медична маска</translation>
    </message>
    <message>
        <source>frontal</source>
        <translation>анфас</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>профіль</translation>
    </message>
    <message>
        <source>Open a photo from disk to begin. It stays in memory only; nothing is saved, and no camera is used.</source>
        <translation>Щоб почати, відкрийте фото з диска. Воно зберігається лише в пам’яті: нічого не зберігається, і камера не використовується.</translation>
    </message>
    <message>
        <source>Open a photo...</source>
        <translation>Відкрити фото...</translation>
    </message>
    <message>
        <source>Forget the photo</source>
        <translation>Забути фото</translation>
    </message>
    <message>
        <source>These are OpenCV&apos;s Haar cascade detectors, a method from 2001: they only find where a face is, and they are easy to fool. Modern face-recognition systems find and match faces far more reliably: a face this demo misses may still be identified by a real system.</source>
        <translation>Тут працюють каскадні детектори Хаара з OpenCV — метод 2001 року: вони лише знаходять, де обличчя, і їх легко обдурити. Сучасні системи розпізнавання облич знаходять і зіставляють обличчя набагато надійніше: обличчя, яке пропустила ця демонстрація, справжня система все одно може впізнати.</translation>
    </message>
    <message>
        <source>A brim over the forehead. Against a camera at face height, like those at turnstiles, a brim hides little; against one on the ceiling, more. Nobody has measured what it does against metro systems.</source>
        <translation>Козирок над чолом. Від камери на рівні обличчя, як на турнікетах, козирок майже нічого не приховує; від камери на стелі — більше. Як він діє проти систем у метро, ніхто не вимірював.</translation>
    </message>
    <message>
        <source>Dark glasses over the eyes. Lab studies found they lower matching rates; detectors often still find the face.</source>
        <translation>Темні окуляри на очах. Лабораторні дослідження показали, що вони знижують частку збігів; але детектори часто все одно знаходять обличчя.</translation>
    </message>
    <message>
        <source>A medical mask over nose and mouth. Old detectors often miss masked faces, but modern systems were retrained on them, and vendors say masks no longer help. Covering the face at rallies is banned in Russia (Law 54-FZ).</source>
        <translation>Медична маска на носі й роті. Старі детектори часто пропускають обличчя в масках, але сучасні системи дотренували на таких обличчях, і виробники кажуть, що маски більше не допомагають. Закривати обличчя на мітингах у Росії заборонено (закон 54-ФЗ).</translation>
    </message>
    <message>
        <source>Open a photo</source>
        <translation>Відкрити фото</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>Зображення (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не вдалося відкрити %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for the demo.</source>
        <translation>Файл %1 завеликий для демонстрації.</translation>
    </message>
    <message>
        <source>No face found.</source>
        <translation>Облич не знайдено.</translation>
    </message>
    <message>
        <source>%1: %2 detector, score %3, %4 pixels wide</source>
        <translation>%1: детектор «%2», оцінка %3, ширина в пікселях: %4</translation>
    </message>
    <message>
        <source>What a face detector sees: %1</source>
        <translation>Що бачить детектор облич: %1</translation>
    </message>
    <message>
        <source>Use a photo you are allowed to show, ideally of a volunteer who agreed. It is never saved.</source>
        <translation>Використовуйте фото, яке вам дозволено показувати, — найкраще добровольця, який погодився. Фото ніколи не зберігається.</translation>
    </message>
    <message>
        <source>Step through the changes with &quot;next&quot;: fewer pixels usually matters most.</source>
        <translation>Показуйте зміни по черзі («далі»): зазвичай найсильніше впливає зменшення кількості пікселів.</translation>
    </message>
    <message>
        <source>End with the caveat: a real system is stronger than this demo. Never present a mask or makeup as a way to be invisible.</source>
        <translation>Завершіть застереженням: справжня система сильніша за цю демонстрацію. Ніколи не подавайте маску чи макіяж як спосіб стати невидимим.</translation>
    </message>
    <message>
        <source>1 face found.</source>
        <translation>Знайдено 1 обличчя.</translation>
    </message>
    <message>
        <source>%1 faces found.</source>
        <translation>Знайдено облич: %1.</translation>
    </message>
    <message>
        <source>Each box is a face a detector found: the frontal or the profile detector, its score (higher is surer; it is not a probability) and the face&apos;s width in pixels. Identification needs about %1-%2 pixels across a face. A turned head may be found only by the profile detector, or by neither; turnstile cameras see faces straight on. Detectors also err: a box may sit on something that is not a face.</source>
        <translation>Кожна рамка — обличчя, яке знайшов детектор: зазначено, який детектор (анфас чи профіль), його оцінку (що вища, то він певніший; це не ймовірність) і ширину обличчя в пікселях. Для впізнання потрібно приблизно %1-%2 пікселів завширшки обличчя. Повернуту голову може знайти лише детектор профілю — або жоден; камери на турнікетах бачать обличчя прямо анфас. Детектори теж помиляються: рамка може опинитися на чомусь, що не є обличчям.</translation>
    </message>
    <message>
        <source>The same photo as a distant or wide-angle camera sees it: shrunk until a face is about 16 pixels across, then enlarged back, so its detail is lost. Identification needs about %1-%2 pixels across a face: a detector can still find a face that is too coarse to identify.</source>
        <translation>Те саме фото, яким його бачить далека або ширококутна камера: зменшене так, що обличчя займає близько 16 пікселів завширшки, і знову збільшене, тому деталі втрачено. Для впізнавання потрібно близько %1–%2 пікселів на обличчя: детектор може знайти обличчя, надто грубе для впізнавання.</translation>
    </message>
    <message>
        <source>No face was found in the photo as it is, and none in this copy either.</source>
        <translation>На початковому фото облич не знайдено, і на цій копії теж.</translation>
    </message>
    <message>
        <source>No face was found in the photo as it is, but 1 face was found in this copy.</source>
        <translation>На початковому фото облич не знайдено, а на цій копії знайдено одне обличчя.</translation>
    </message>
    <message>
        <source>No face was found in the photo as it is, but %1 faces were found in this copy.</source>
        <translation>На початковому фото облич не знайдено, а на цій копії знайдено облич: %1.</translation>
    </message>
    <message>
        <source>1 face was found in the photo as it is, and none in this copy.</source>
        <translation>На початковому фото знайдено одне обличчя, а на цій копії — жодного.</translation>
    </message>
    <message>
        <source>%1 faces were found in the photo as it is, and none in this copy.</source>
        <translation>На початковому фото знайдено облич: %1, а на цій копії — жодного.</translation>
    </message>
    <message>
        <source>As in the photo as it is, 1 face was found.</source>
        <translation>Як і на початковому фото, знайдено одне обличчя.</translation>
    </message>
    <message>
        <source>As in the photo as it is, %1 faces were found.</source>
        <translation>Як і на початковому фото, знайдено облич: %1.</translation>
    </message>
    <message>
        <source>Fewer faces were found than in the photo as it is: %1 instead of %2.</source>
        <translation>Знайдено менше облич, ніж на початковому фото: %1 замість %2.</translation>
    </message>
    <message>
        <source>More faces were found than in the photo as it is: %1 instead of %2.</source>
        <translation>Знайдено більше облич, ніж на початковому фото: %1 замість %2.</translation>
    </message>
    <message>
        <source>The highest score is higher than in the photo as it is: %1 against %2.</source>
        <translation>Найвища оцінка вища, ніж на початковому фото: %1 проти %2.</translation>
    </message>
    <message>
        <source>The highest score is lower than in the photo as it is: %1 against %2.</source>
        <translation>Найвища оцінка нижча, ніж на початковому фото: %1 проти %2.</translation>
    </message>
    <message>
        <source>The highest score is the same as in the photo as it is: %1.</source>
        <translation>Найвища оцінка така сама, як на початковому фото: %1.</translation>
    </message>
    <message>
        <source>The widest box is wider than in the photo as it is: %1 pixels against %2.</source>
        <translation>Найширша рамка ширша, ніж на початковому фото: %1 пікселів проти %2.</translation>
    </message>
    <message>
        <source>The widest box is narrower than in the photo as it is: %1 pixels against %2.</source>
        <translation>Найширша рамка вужча, ніж на початковому фото: %1 пікселів проти %2.</translation>
    </message>
</context>
<context>
    <name>blindspot::FileController</name>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Читання %1…</translation>
    </message>
    <message>
        <source>Cannot open map pack</source>
        <translation>Не вдалося відкрити пакет даних</translation>
    </message>
    <message>
        <source>Open map pack</source>
        <translation>Відкрити пакет даних</translation>
    </message>
    <message>
        <source>Blindspot map packs (*.bspack)</source>
        <translation>Пакети даних Blindspot (*.bspack)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>The map has edits that are not saved. Save them before going on?</source>
        <translation>На карті є незбережені зміни. Зберегти їх, перш ніж продовжити?</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Збережено як %1.</translation>
    </message>
    <message>
        <source>Cannot save the map</source>
        <translation>Не вдалося зберегти карту</translation>
    </message>
    <message>
        <source>map.bspack</source>
        <translation>map.bspack</translation>
    </message>
    <message>
        <source>Save map pack</source>
        <translation>Зберегти пакет даних</translation>
    </message>
    <message>
        <source>All files Blindspot reads (*.osm *.osm.gz *.osc *.pbf *.zip *.geojson *.json *.csv *.txt *.kml *.kmz *.gpx *.bspack)</source>
        <translation>Усі файли, які читає Blindspot (*.osm *.osm.gz *.osc *.pbf *.zip *.geojson *.json *.csv *.txt *.kml *.kmz *.gpx *.bspack)</translation>
    </message>
    <message>
        <source>OpenStreetMap XML (*.osm *.osm.gz *.osc)</source>
        <translation>OpenStreetMap XML (*.osm *.osm.gz *.osc)</translation>
    </message>
    <message>
        <source>OpenStreetMap PBF (*.pbf)</source>
        <translation>OpenStreetMap PBF (*.pbf)</translation>
    </message>
    <message>
        <source>GTFS feeds (*.zip)</source>
        <translation>Розклади GTFS (*.zip)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.txt)</source>
        <translation>Таблиці CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>KML or KMZ (*.kml *.kmz)</source>
        <translation>KML або KMZ (*.kml *.kmz)</translation>
    </message>
    <message>
        <source>GPX waypoints (*.gpx)</source>
        <translation>Шляхові точки GPX (*.gpx)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Імпорт скасовано; нічого не змінилося.</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Не вдалося імпортувати</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole import back.</source>
        <translation>«Редагування &gt; Скасувати» скасовує весь імпорт.</translation>
    </message>
    <message>
        <source>Check a recorded walk</source>
        <translation>Перевірити записаний шлях</translation>
    </message>
    <message>
        <source>Recorded walks: GPX or GeoJSON (*.gpx *.geojson *.json)</source>
        <translation>Записані шляхи: GPX або GeoJSON (*.gpx *.geojson *.json)</translation>
    </message>
    <message>
        <source>Cannot check this walk</source>
        <translation>Не вдалося перевірити цей шлях</translation>
    </message>
    <message>
        <source>Blindspot could not read a walk from this file. It needs a GPX track or route, or a GeoJSON LineString, with at least two points. Nothing was changed.

%1</source>
        <translation>Blindspot не зміг прочитати шлях із цього файлу. Потрібен трек або маршрут GPX чи лінія GeoJSON (LineString) щонайменше з двох точок. Нічого не змінилося.

%1</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Нічого не змінилося.</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Таблиця CSV (*.csv)</translation>
    </message>
    <message>
        <source>KML (*.kml)</source>
        <translation>KML (*.kml)</translation>
    </message>
    <message>
        <source>OpenStreetMap XML (*.osm)</source>
        <translation>OpenStreetMap XML (*.osm)</translation>
    </message>
    <message>
        <source>Blindspot map pack (*.bspack)</source>
        <translation>Пакет даних Blindspot (*.bspack)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>cameras</source>
        <translation>камери</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Не вдалося експортувати</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Експортовано в %1.</translation>
    </message>
</context>
<context>
    <name>blindspot::IconArray</name>
    <message>
        <source>Icon array of 10 trips: identified in %1, %2 to %3 within the range</source>
        <translation>Піктограма з 10 поїздок: упізнання в %1, у межах діапазону — від %2 до %3</translation>
    </message>
    <message>
        <source>Identified in %1 of 10 trips</source>
        <translation>Упізнають у %1 з 10 поїздок</translation>
    </message>
</context>
<context>
    <name>blindspot::ImportReviewDialog</name>
    <message>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Нове (%1)</translation>
    </message>
    <message>
        <source>Already on the map, merged (%1)</source>
        <translation>Уже є на карті, об’єднано (%1)</translation>
    </message>
    <message>
        <source>Conflicting (%1)</source>
        <translation>Розбіжності (%1)</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Відхилено (%1)</translation>
    </message>
    <message>
        <source>Not on the map yet: added with this file as their source.</source>
        <translation>Цього поки немає на карті: буде додано, джерелом буде зазначено цей файл.</translation>
    </message>
    <message>
        <source>The same as something on the map: one element with both sources, gaps filled in.</source>
        <translation>Це вже є на карті: вийде один об’єкт з обома джерелами, прогалини буде заповнено.</translation>
    </message>
    <message>
        <source>The same camera, but the file disagrees: the map keeps its value and records the disagreement for review.</source>
        <translation>Та сама камера, але файл із нею не згоден: на карті залишиться попереднє значення, а розбіжність буде записано для перевірки.</translation>
    </message>
    <message>
        <source>Refused by default: an untrusted source may not lower face-recognition status. Tick to record it as a conflict.</source>
        <translation>За замовчуванням відхилено: недовірене джерело не може знижувати статус розпізнавання облич. Позначте, щоб записати це як розбіжність.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Лінія %1</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Станція %1</translation>
    </message>
    <message>
        <source>Entrance %1 of %2</source>
        <translation>Вхід %1, станція %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1, станція %2</translation>
    </message>
    <message>
        <source>Survey area %1 (%2)</source>
        <translation>Обстежений район %1 (%2)</translation>
    </message>
    <message>
        <source>the same OpenStreetMap or GTFS id</source>
        <translation>той самий ідентифікатор OpenStreetMap або GTFS</translation>
    </message>
    <message>
        <source>the same name nearby</source>
        <translation>та сама назва поблизу</translation>
    </message>
    <message>
        <source>the same place</source>
        <translation>те саме місце</translation>
    </message>
    <message>
        <source>the same entrance number</source>
        <translation>той самий номер входу</translation>
    </message>
    <message>
        <source>the same station and zone</source>
        <translation>та сама станція й зона</translation>
    </message>
    <message>
        <source>the same kind of zone at the same station</source>
        <translation>зона того самого типу на тій самій станції</translation>
    </message>
    <message>
        <source>an identical area</source>
        <translation>точно такий самий район</translation>
    </message>
    <message>
        <source>%1: adds %2</source>
        <translation>%1: додається %2</translation>
    </message>
    <message>
        <source>%1: adds the file&apos;s text</source>
        <translation>%1: додається текст із файлу</translation>
    </message>
    <message>
        <source>%1: raised from %2 to %3</source>
        <translation>%1: підвищено з %2 до %3</translation>
    </message>
    <message>
        <source>%1: the map says %2, the file says %3</source>
        <translation>%1: на карті — %2, у файлі — %3</translation>
    </message>
    <message>
        <source>%1: the file would lower %2 to %3</source>
        <translation>%1: файл знизив би %2 до %3</translation>
    </message>
    <message>
        <source>no camera on the map this close</source>
        <translation>на карті немає камери так близько</translation>
    </message>
    <message>
        <source>joins a station of the same name as a transfer</source>
        <translation>з’єднується пересадкою зі станцією з тією самою назвою</translation>
    </message>
    <message>
        <source>an untrusted source would lower its face-recognition status</source>
        <translation>недовірене джерело знизило б її статус розпізнавання облич</translation>
    </message>
    <message>
        <source>matched by %1, %2 apart</source>
        <translation>збіг: %1, відстань %2</translation>
    </message>
    <message>
        <source>matched by %1</source>
        <translation>збіг: %1</translation>
    </message>
    <message>
        <source>Review import</source>
        <translation>Перевірка імпорту</translation>
    </message>
    <message>
        <source>I trust the source of this file: let it lower face-recognition status too (recorded as a conflict for review)</source>
        <translation>Я довіряю джерелу цього файлу: нехай воно може й знижувати статус розпізнавання облич (це записується як розбіжність для перевірки)</translation>
    </message>
    <message>
        <source>One of the two maps is fictional training data. If you import, the whole result is marked fictional.</source>
        <translation>Одна з двох карт — вигадані навчальні дані. Якщо імпортувати, увесь результат буде позначено як вигаданий.</translation>
    </message>
    <message>
        <source>&amp;Accept all</source>
        <translation>&amp;Прийняти всі</translation>
    </message>
    <message>
        <source>&amp;Reject all</source>
        <translation>&amp;Відхилити всі</translation>
    </message>
    <message>
        <source>&amp;Import ticked changes</source>
        <translation>&amp;Імпортувати позначені зміни</translation>
    </message>
    <message>
        <source>%1: %2 of %3 changes are ticked (new: %4, merged: %5, conflicting: %6, rejected: %7). Untick what you do not want. Nothing changes until you import; then every ticked change applies at once.</source>
        <translation>%1: позначено змін — %2 з %3 (нових: %4, об’єднаних: %5, з розбіжностями: %6, відхилених: %7). Зніміть позначки з того, що вам не потрібно. Поки ви не імпортуєте, нічого не змінюється; після імпорту всі позначені зміни застосовуються одразу.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>inside %1</source>
        <translation>усередині станції %1</translation>
    </message>
    <message>
        <source>Camera of a kind not stated</source>
        <translation>Камера, тип не вказано</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 merged with what was on the map, %4 disagreements recorded for review.</source>
        <translation>Імпортовано %1: додано — %2, об’єднано з тим, що було на карті, — %3, розбіжностей записано для перевірки — %4.</translation>
    </message>
    <message>
        <source>This change has no position of its own to show.</source>
        <translation>Ця зміна не має власного місця на карті.</translation>
    </message>
    <message>
        <source>Select a change to see where it is.</source>
        <translation>Виберіть зміну, щоб побачити, де вона.</translation>
    </message>
    <message>
        <source>The ring marks where the file puts it: %1.</source>
        <translation>Кільце позначає місце, вказане у файлі: %1.</translation>
    </message>
    <message>
        <source>&amp;Source&apos;s name:</source>
        <translation>&amp;Джерело:</translation>
    </message>
    <message>
        <source>Who the data comes from, as others should see it (for example &quot;Survey of line 1, volunteers&quot;); kept with every camera</source>
        <translation>Від кого ці дані, як це побачать інші (наприклад, «Обхід лінії 1, волонтери»); зберігається з кожною камерою</translation>
    </message>
    <message>
        <source>Surveyed or retrieved &amp;on:</source>
        <translation>&amp;Дата обходу або отримання:</translation>
    </message>
</context>
<context>
    <name>blindspot::LockController</name>
    <message>
        <source>Locked. Your plans, keys and photos were cleared from memory and the trip planner was emptied. Unlock to go on.</source>
        <translation>Заблоковано. Ваші маршрути, ключі й фото видалено з пам’яті, планувальник поїздки очищено. Щоб продовжити, розблокуйте робочу область.</translation>
    </message>
    <message>
        <source>Locked. Everything you did was cleared from memory and the trip planner was emptied. To go on, continue without a workspace again, or make one.</source>
        <translation>Заблоковано. Усе, що ви робили, стерто з пам’яті, планувальник поїздок очищено. Щоб продовжити, знову виберіть роботу без робочої області або створіть її.</translation>
    </message>
    <message>
        <source>Your map edits that were not saved to a file were put into the encrypted workspace and taken off the map; you are offered them back when you unlock.</source>
        <translation>Ваші зміни карти, не збережені у файл, поміщено в зашифровану робочу область і прибрано з карти; під час розблокування вам запропонують їх повернути.</translation>
    </message>
    <message>
        <source>Your map edits that were not saved to a file were dropped: without a workspace there is no encrypted place to keep them.</source>
        <translation>Ваші зміни карти, не збережені у файл, відкинуто: без робочої області їх ніде зберігати в зашифрованому вигляді.</translation>
    </message>
    <message>
        <source>Your map edits that were not saved to a file could not be put into the workspace and were dropped: %1</source>
        <translation>Ваші зміни карти, не збережені у файл, не вдалося помістити в робочу область, і їх відкинуто. Причина: %1</translation>
    </message>
    <message>
        <source>Blindspot (locked)</source>
        <translation>Blindspot (заблоковано)</translation>
    </message>
    <message>
        <source>the workspace file %1, with the plans, notes, trusted keys, photos and recent files in it. Its key material is overwritten first, so that this file cannot be opened again, even with the passphrase. Copies made elsewhere (backups, USB sticks) and old data the disk itself may keep are out of its reach;</source>
        <translation>файл робочої області %1 з усіма маршрутами, нотатками, довіреними ключами, фото та недавніми файлами. Спершу перезаписуються дані його ключа, щоб цей файл більше не можна було відкрити навіть із парольною фразою. Копій, зроблених деінде (резервні копії, флешки), і старих даних, які може зберігати сам диск, це не торкається;</translation>
    </message>
    <message>
        <source>what is kept in memory for this session: plans, trusted keys, photos and recent files;</source>
        <translation>те, що зберігається в пам’яті в цьому сеансі: маршрути, довірені ключі, фото й недавні файли;</translation>
    </message>
    <message>
        <source>Blindspot&apos;s settings file %1: language, window layout and map layers.</source>
        <translation>файл налаштувань Blindspot %1: мова, розташування вікон і шари карти.</translation>
    </message>
    <message>
        <source>&lt;p&gt;This deletes, for good:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Map packs, route cards and exports you saved yourself are not deleted: delete them separately. This cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Буде безповоротно видалено:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Пакети даних, картки маршрутів і експортовані файли, які ви зберегли самі, не видаляються: видаліть їх окремо. Цю дію не можна скасувати.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Wipe everything Blindspot keeps?</source>
        <translation>Стерти все, що зберігає Blindspot?</translation>
    </message>
    <message>
        <source>&amp;Wipe</source>
        <translation>&amp;Стерти</translation>
    </message>
    <message>
        <source>Not everything could be deleted: %1 Delete that file yourself, then empty the trash.</source>
        <translation>Видалити вдалося не все: %1 Видаліть цей файл самі, потім очистьте кошик.</translation>
    </message>
    <message>
        <source>Wiped: the workspace and Blindspot&apos;s settings were deleted. Map packs and files you saved yourself were not touched.</source>
        <translation>Стерто: робочу область і налаштування Blindspot видалено. Пакети даних і файли, які ви зберегли самі, залишилися без змін.</translation>
    </message>
    <message>
        <source>Map edits that were not saved to a file were dropped.</source>
        <translation>Зміни карти, не збережені у файл, видалено.</translation>
    </message>
</context>
<context>
    <name>blindspot::MainMenus</name>
    <message>
        <source>Click on the map where a camera is; Escape to stop.</source>
        <translation>Натисніть на карті там, де стоїть камера; Escape — завершити.</translation>
    </message>
    <message>
        <source>Click the corners of the surveyed area; double-click or Enter to finish, Backspace to undo a corner, Escape to stop.</source>
        <translation>Натискайте на кути обстеженого району; подвійне клацання або Enter — готово, Backspace — прибрати останній кут, Escape — перервати.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Скасувати: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>Take back the last edit</source>
        <translation>Скасувати останню зміну</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторити: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>Make the edit taken back again</source>
        <translation>Знову внести скасовану зміну</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Відкрити…</translation>
    </message>
    <message>
        <source>Open a Blindspot map pack (.bspack)</source>
        <translation>Відкрити пакет даних Blindspot (.bspack)</translation>
    </message>
    <message>
        <source>Open &amp;training city</source>
        <translation>Відкрити &amp;навчальне місто</translation>
    </message>
    <message>
        <source>Practise on the fictional training city built into Blindspot</source>
        <translation>Потренуватися на вигаданому навчальному місті, вбудованому в Blindspot</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Save the map, with your edits, as a map pack</source>
        <translation>Зберегти карту з вашими змінами як пакет даних</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Зберегти &amp;як…</translation>
    </message>
    <message>
        <source>Save the map as a new map pack</source>
        <translation>Зберегти карту як новий пакет даних</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Імпорт…</translation>
    </message>
    <message>
        <source>Add cameras and stations from OpenStreetMap, GTFS, GeoJSON, CSV, KML, GPX or another map pack; you review every change before it applies</source>
        <translation>Додати камери та станції з OpenStreetMap, GTFS, GeoJSON, CSV, KML, GPX або іншого пакета даних; кожну зміну ви перевірите до того, як її буде застосовано</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <source>Write the cameras as GeoJSON, CSV, KML or OpenStreetMap XML, or the whole map as a map pack</source>
        <translation>Записати камери в GeoJSON, CSV, KML або OpenStreetMap XML чи всю карту як пакет даних</translation>
    </message>
    <message>
        <source>Check a &amp;recorded walk…</source>
        <translation>Перевірити &amp;записаний шлях…</translation>
    </message>
    <message>
        <source>Open a walk recorded as a GPX track or route, or a GeoJSON line, and see how exposed it was to the cameras on this map</source>
        <translation>Відкрити шлях, записаний як трек або маршрут GPX чи лінія GeoJSON, і подивитися, наскільки він був на виду в камер цієї карти</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ийти</translation>
    </message>
    <message>
        <source>Close Blindspot</source>
        <translation>Закрити Blindspot</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>Add &amp;camera</source>
        <translation>Додати &amp;камеру</translation>
    </message>
    <message>
        <source>Click on the map to place cameras, then describe each in the inspector</source>
        <translation>Натискайте на карті, щоб поставити камери, потім опишіть кожну на панелі «Камера»</translation>
    </message>
    <message>
        <source>Draw survey &amp;area</source>
        <translation>&amp;Намалювати обстежений район</translation>
    </message>
    <message>
        <source>Click the corners of an area you surveyed for cameras; double-click to finish</source>
        <translation>Натискайте на кути району, де ви шукали камери; подвійне клацання — готово</translation>
    </message>
    <message>
        <source>&amp;Delete camera</source>
        <translation>&amp;Видалити камеру</translation>
    </message>
    <message>
        <source>Remove the camera shown in the inspector</source>
        <translation>Прибрати камеру, показану на панелі «Камера»</translation>
    </message>
    <message>
        <source>Delete survey a&amp;rea…</source>
        <translation>Видалити обстежений &amp;район…</translation>
    </message>
    <message>
        <source>Choose a survey area to remove</source>
        <translation>Вибрати обстежений район, який треба видалити</translation>
    </message>
    <message>
        <source>Surveillance &amp;context</source>
        <translation>&amp;Контекст спостереження</translation>
    </message>
    <message>
        <source>Which city&apos;s known facts set the estimates for cameras of unknown status and for streets nobody mapped</source>
        <translation>Дані про яке місто лежать в основі оцінок для камер із невідомим статусом і для вулиць, яких ніхто не обстежив</translation>
    </message>
    <message>
        <source>&amp;Moscow</source>
        <translation>&amp;Москва</translation>
    </message>
    <message>
        <source>Moscow&apos;s metro and street cameras: face recognition is widespread</source>
        <translation>Камери московського метро й вулиць: розпізнавання облич поширене повсюдно</translation>
    </message>
    <message>
        <source>The &amp;training city</source>
        <translation>&amp;Навчальне місто</translation>
    </message>
    <message>
        <source>The fictional city used for practice</source>
        <translation>Вигадане місто для занять</translation>
    </message>
    <message>
        <source>&amp;Unknown region</source>
        <translation>&amp;Невідомий регіон</translation>
    </message>
    <message>
        <source>Nobody knows which cameras here feed face recognition: wide estimates</source>
        <translation>Невідомо, які камери тут передають зображення в систему розпізнавання облич: оцінки широкі</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Fit to data</source>
        <translation>&amp;Показати все</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Показати всю карту</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>З&amp;більшити</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Зм&amp;еншити</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <source>Cameras &amp;near the middle of the map…</source>
        <translation>Камери &amp;поруч із серединою карти…</translation>
    </message>
    <message>
        <source>List the mapped cameras near the middle of the map, nearest first, in words</source>
        <translation>Список камер із карти поруч із серединою карти словами, спершу найближчі</translation>
    </message>
    <message>
        <source>Show &amp;legend</source>
        <translation>Показати &amp;легенду</translation>
    </message>
    <message>
        <source>Show the key to the map&apos;s symbols</source>
        <translation>Показати, що означають значки на карті</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Camera &amp;inspector</source>
        <translation>П&amp;анель «Камера»</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>&amp;Джерела</translation>
    </message>
    <message>
        <source>Map layers</source>
        <translation>Шари мапи</translation>
    </message>
    <message>
        <source>&amp;Layers toolbar</source>
        <translation>Панель &amp;шарів</translation>
    </message>
    <message>
        <source>Editing tools</source>
        <translation>Інструменти редагування</translation>
    </message>
    <message>
        <source>&amp;Editing toolbar</source>
        <translation>Панель &amp;редагування</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Ласкаво просимо…</translation>
    </message>
    <message>
        <source>What Blindspot is and how to get data</source>
        <translation>Що таке Blindspot і де взяти дані</translation>
    </message>
    <message>
        <source>How the &amp;estimates work</source>
        <translation>&amp;Як отримують оцінки</translation>
    </message>
    <message>
        <source>Every assumption behind the estimates, with its source</source>
        <translation>Усі припущення, на яких ґрунтуються оцінки, із джерелами</translation>
    </message>
    <message>
        <source>&amp;About Blindspot</source>
        <translation>&amp;Про Blindspot</translation>
    </message>
    <message>
        <source>Licence, libraries and the map&apos;s sources</source>
        <translation>Ліцензія, бібліотеки та джерела даних карти</translation>
    </message>
</context>
<context>
    <name>blindspot::MainWindow</name>
    <message>
        <source>Cannot open map pack</source>
        <translation>Не вдалося відкрити пакет даних</translation>
    </message>
    <message>
        <source>Blindspot</source>
        <translation>Blindspot</translation>
    </message>
    <message>
        <source>No map open</source>
        <translation>Карту не відкрито</translation>
    </message>
    <message>
        <source>%1[*] (fictional training data) – Blindspot</source>
        <translation>%1[*] (вигадані навчальні дані) – Blindspot</translation>
    </message>
    <message>
        <source>%1[*] – Blindspot</source>
        <translation>%1[*] – Blindspot</translation>
    </message>
    <message>
        <source>Lines: %1 · Stations: %2 · Cameras: %3 · Face recognition confirmed: %4</source>
        <translation>Ліній: %1 · Станцій: %2 · Камер: %3 · З підтвердженим розпізнаванням облич: %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fictional training city.&lt;/b&gt; This is not a real place: its stations and cameras are invented for practice. Do not use this map to plan a real trip.</source>
        <translation>&lt;b&gt;Вигадане навчальне місто.&lt;/b&gt; Це не справжнє місце: його станції та камери вигадано для тренування. Не плануйте за цією картою справжню поїздку.</translation>
    </message>
    <message>
        <source>Offline: this app never uses the network</source>
        <translation>Без мережі: ця програма ніколи не використовує мережу</translation>
    </message>
    <message>
        <source>Blindspot opens no network connection. Map data arrives only through files you choose.</source>
        <translation>Blindspot не відкриває мережевих з’єднань. Дані карти потрапляють до нього лише з файлів, які ви вибираєте самі.</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Click to see its sources and edit it.&lt;/i&gt;</source>
        <translation>%1&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Натисніть, щоб побачити джерела та змінити.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>That translation could not be loaded; Blindspot stays in English.</source>
        <translation>Не вдалося завантажити цей переклад; Blindspot залишиться англійською.</translation>
    </message>
    <message>
        <source>Stations: %1 · Cameras: %2</source>
        <translation>Станцій: %1 · Камер: %2</translation>
    </message>
    <message>
        <source>Cameras: %1</source>
        <translation>Камер: %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Без мережі</translation>
    </message>
</context>
<context>
    <name>blindspot::MapLayers</name>
    <message>
        <source>Metro &amp;lines</source>
        <translation>Лінії &amp;метро</translation>
    </message>
    <message>
        <source>Show the metro lines in their colours</source>
        <translation>Показати лінії метро їхніми кольорами</translation>
    </message>
    <message>
        <source>&amp;Stations and entrances</source>
        <translation>&amp;Станції та входи</translation>
    </message>
    <message>
        <source>Show stations, transfers, street entrances and station names</source>
        <translation>Показати станції, пересадки, входи з вулиці та назви станцій</translation>
    </message>
    <message>
        <source>&amp;Cameras</source>
        <translation>&amp;Камери</translation>
    </message>
    <message>
        <source>Show cameras by face-recognition status; close cameras are grouped with their number when zoomed out</source>
        <translation>Показати камери за статусом розпізнавання облич; у дрібному масштабі близькі камери об’єднуються в групи із зазначенням їхньої кількості</translation>
    </message>
    <message>
        <source>Camera c&amp;overage</source>
        <translation>Зони &amp;огляду камер</translation>
    </message>
    <message>
        <source>When zoomed in, show where each street camera can identify a face: the area the exposure estimate uses</source>
        <translation>У великому масштабі показати, де кожна вулична камера може впізнати обличчя: цю область використовує оцінка ризику</translation>
    </message>
    <message>
        <source>&amp;Heatmap</source>
        <translation>&amp;Теплова карта</translation>
    </message>
    <message>
        <source>Show the face-recognition hazard per second spent in each place; grey hatching marks places without data</source>
        <translation>Показати, наскільки швидко камери з розпізнаванням облич можуть упізнати людину в кожному місці (ризик за кожну секунду, проведену там); сірим штрихуванням позначено місця без даних</translation>
    </message>
    <message>
        <source>Sur&amp;vey areas</source>
        <translation>Обстежені &amp;райони</translation>
    </message>
    <message>
        <source>Show the areas where mappers looked for cameras</source>
        <translation>Показати райони, де картографи-волонтери шукали камери</translation>
    </message>
    <message>
        <source>S&amp;treets</source>
        <translation>&amp;Вулиці</translation>
    </message>
    <message>
        <source>Show the imported street network</source>
        <translation>Показати імпортовану мережу вулиць</translation>
    </message>
    <message>
        <source>Selected &amp;route</source>
        <translation>Вибраний мар&amp;шрут</translation>
    </message>
    <message>
        <source>Show the route selected in the planner</source>
        <translation>Показати маршрут, вибраний у планувальнику</translation>
    </message>
    <message>
        <source>&amp;Base map</source>
        <translation>&amp;Підкладка</translation>
    </message>
    <message>
        <source>Show water, parks, buildings, railways and street and district names from the imported street map</source>
        <translation>Показувати воду, парки, будівлі, залізниці та назви вулиць і районів з імпортованої мапи вулиць</translation>
    </message>
</context>
<context>
    <name>blindspot::MapLegend</name>
    <message>
        <source>Cameras</source>
        <translation>Камери</translation>
    </message>
    <message>
        <source>Metro</source>
        <translation>Метро</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Станція</translation>
    </message>
    <message>
        <source>Transfer between lines</source>
        <translation>Пересадка між лініями</translation>
    </message>
    <message>
        <source>Station entrance (when zoomed in)</source>
        <translation>Вхід на станцію (у великому масштабі)</translation>
    </message>
    <message>
        <source>Area where mappers looked for cameras</source>
        <translation>Район, де картографи-волонтери шукали камери</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Теплова карта</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Немає даних</translation>
    </message>
    <message>
        <source>Grey hatching: nobody has mapped cameras here. Not safe, not dangerous.</source>
        <translation>Сіре штрихування: тут ніхто не наносив камери на карту. Це не означає ні «безпечно», ні «небезпечно».</translation>
    </message>
    <message>
        <source>Where a camera identifies faces</source>
        <translation>Де камера впізнає обличчя</translation>
    </message>
    <message>
        <source>How quickly cameras here, mapped and estimated, could identify a face of someone who stays: dark is slowly, bright is within seconds. The numbers: the chance of being identified per second spent here.</source>
        <translation>Як швидко камери тут — позначені на карті та ймовірні — могли б упізнати обличчя людини, яка тут затримається: темне — повільно, яскраве — за секунди. Числа — імовірність упізнання за кожну секунду, проведену тут.</translation>
    </message>
    <message>
        <source>Zoomed out, nearby cameras are counted in a circle: click it or zoom in to see each one.</source>
        <translation>У дрібному масштабі сусідні камери зібрано в кружок з їхньою кількістю: натисніть на нього або збільште масштаб, щоб побачити кожну.</translation>
    </message>
    <message>
        <source>Close cameras share one symbol, showing the most serious of them. A circle&apos;s ring is divided by the statuses of the cameras it counts, and the symbol on its edge is the most serious one inside. A symbol on a station&apos;s edge stands for cameras inside the station.</source>
        <translation>Камери, що стоять поруч, показано одним значком — за найсерйознішою з них. Обвідку кружка поділено за статусами камер, які він лічить, а значок на його краю — найсерйозніший статус усередині. Значок на краю станції позначає камери всередині станції.</translation>
    </message>
    <message>
        <source>Map key</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Show what the map&apos;s symbols mean</source>
        <translation>Показати, що означають значки на карті</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Сховати</translation>
    </message>
    <message>
        <source>Fold the key down to a button, so that it covers less of the map</source>
        <translation>Згорнути легенду в кнопку, щоб вона менше закривала карту</translation>
    </message>
    <message>
        <source>Edges of wedges and parts of rings: solid for confirmed, dashed for suspected, thin for unknown (wedges hatched too), dotted for none.</source>
        <translation>Краї секторів і частин кружечків: суцільні — розпізнавання підтверджене, штрихові — імовірне, тонкі — невідомо (сектори ще й заштриховані), крапкові — без розпізнавання.</translation>
    </message>
    <message>
        <source>Selected route</source>
        <translation>Вибраний маршрут</translation>
    </message>
    <message>
        <source>A step&apos;s own chance of being identified: the wider and darker, the likelier. Beside a numbered marker: out of 10 trips (%1).</source>
        <translation>Імовірність, що вас упізнають на цій ділянці: що ширша й темніша лінія, то вона вища. Біля пронумерованої позначки — з 10 поїздок (%1).</translation>
    </message>
</context>
<context>
    <name>blindspot::MapMarksOverlay</name>
    <message>
        <source>Where the group expects a camera</source>
        <translation>Де група очікує камеру</translation>
    </message>
    <message>
        <source>A camera&apos;s number in the list beside the map</source>
        <translation>Номер камери в списку поруч із мапою</translation>
    </message>
</context>
<context>
    <name>blindspot::MapView</name>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>This map pack has nothing with a position to draw.</source>
        <translation>У цьому пакеті даних немає об’єктів із координатами — малювати нічого.</translation>
    </message>
    <message>
        <source>No map is open.
Choose File &gt; Open… to open a map pack, or File &gt; Open training city to practise on a fictional city.</source>
        <translation>Карту не відкрито.
Виберіть «Файл &gt; Відкрити…», щоб відкрити пакет даних, або «Файл &gt; Відкрити навчальне місто», щоб потренуватися на вигаданому місті.</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 км</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 м</translation>
    </message>
    <message>
        <source>Cameras, stations and the selected route. Press Enter to read the route step by step in the route details.</source>
        <translation>Камери, станції та вибраний маршрут. Натисніть Enter, щоб прочитати маршрут крок за кроком у подробицях маршруту.</translation>
    </message>
    <message>
        <source>Cameras and stations.</source>
        <translation>Камери та станції.</translation>
    </message>
    <message>
        <source>Enter: pick this place</source>
        <translation>Enter — вибрати це місце</translation>
    </message>
    <message>
        <source>Enter: add a camera here</source>
        <translation>Enter — додати камеру тут</translation>
    </message>
    <message>
        <source>Space: corner here, Enter: close</source>
        <translation>Пробіл — кут тут, Enter — замкнути</translation>
    </message>
    <message>
        <source>Picking a place: move the map with the arrow keys until the place is under the cross in the middle, then press Enter. Escape cancels.</source>
        <translation>Вибір місця: рухайте мапу стрілками, доки місце не опиниться під хрестиком посередині, потім натисніть Enter. Escape — скасувати.</translation>
    </message>
    <message>
        <source>Adding cameras: move the map with the arrow keys until the camera&apos;s place is under the cross in the middle, then press Enter. Escape stops.</source>
        <translation>Додавання камер: рухайте мапу стрілками, доки місце камери не опиниться під хрестиком посередині, потім натисніть Enter. Escape — завершити.</translation>
    </message>
    <message>
        <source>Drawing a survey area: move the map with the arrow keys, press Space to put a corner under the cross in the middle, Backspace to take the last one back, Enter to close the area. Escape cancels.</source>
        <translation>Малювання обстеженого району: рухайте мапу стрілками, натисніть пробіл, щоб поставити кут під хрестиком посередині, Backspace — прибрати останній, Enter — замкнути район. Escape — скасувати.</translation>
    </message>
    <message>
        <source>Arrow keys move the map, plus and minus zoom, 0 shows all of it. Ctrl+Shift+N lists the cameras near its middle in words.</source>
        <translation>Стрілки зсувають карту, плюс і мінус змінюють масштаб, 0 показує її цілком. Ctrl+Shift+N перелічує словами камери поруч із її серединою.</translation>
    </message>
</context>
<context>
    <name>blindspot::MethodologyDialog</name>
    <message>
        <source>How Blindspot estimates exposure</source>
        <translation>Як Blindspot оцінює ризик упізнання</translation>
    </message>
</context>
<context>
    <name>blindspot::MythOrEvidenceExercise</name>
    <message>
        <source>Reveal the evidence</source>
        <translation>Показати докази</translation>
    </message>
    <message>
        <source>No statements available.</source>
        <translation>Тверджень немає.</translation>
    </message>
    <message>
        <source>Statement %1 of %2: myth or evidence?</source>
        <translation>Твердження %1 з %2: міф чи доведено?</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Джерело: %1</translation>
    </message>
    <message>
        <source>Legal risk: following this advice can itself break a law.</source>
        <translation>Юридичний ризик: дотримуючись цієї поради, можна порушити закон.</translation>
    </message>
    <message>
        <source>What does the group think: myth, evidence, or not sure?</source>
        <translation>Що думає група: міф, доведено чи незрозуміло?</translation>
    </message>
    <message>
        <source>Myth, evidence, or not sure?</source>
        <translation>Міф, доведено чи незрозуміло?</translation>
    </message>
    <message>
        <source>Let people answer before revealing; a show of hands keeps it quick.</source>
        <translation>Дайте людям відповісти, перш ніж показувати відповідь; голосування підняттям рук заощадить час.</translation>
    </message>
    <message>
        <source>Nobody is wrong here: the point is how sure anyone can be. Stress that nothing makes a person invisible.</source>
        <translation>Тут ніхто не помиляється: важливо, наскільки взагалі можна бути в чомусь певним. Наголосіть, що ніщо не робить людину невидимою.</translation>
    </message>
    <message>
        <source>Never suggest covering the face at rallies: it is illegal in Russia (Law 54-FZ). For legal questions, point to OVD-Info.</source>
        <translation>Ніколи не радьте закривати обличчя на мітингах: у Росії це заборонено (закон 54-ФЗ). З юридичними питаннями направляйте до ОВД-Інфо.</translation>
    </message>
</context>
<context>
    <name>blindspot::NearbyCamerasDialog</name>
    <message>
        <source>Cameras near the middle of the map</source>
        <translation>Камери поруч із серединою карти</translation>
    </message>
    <message>
        <source>No mapped camera within %1 of the middle of the map. That does not make it safe: cameras nobody mapped are not on the map.</source>
        <translation>У межах %1 від середини карти немає камер із карти. Це не означає, що тут безпечно: камер, яких ніхто не позначив, на карті немає.</translation>
    </message>
    <message>
        <source>Mapped cameras within %1 of the middle of the map: %2. Nearest first.</source>
        <translation>Камер із карти в межах %1 від середини карти: %2. Спершу найближчі.</translation>
    </message>
    <message>
        <source>The %1 nearest are listed.</source>
        <translation>У списку найближчі: %1.</translation>
    </message>
    <message>
        <source>Of those listed, face recognition confirmed: %1, suspected: %2.</source>
        <translation>З них у списку розпізнавання облич підтверджено: %1, імовірне: %2.</translation>
    </message>
    <message>
        <source>The middle of the map is %1.</source>
        <translation>Середина карти: %1.</translation>
    </message>
    <message>
        <source>Cameras near the middle of the map, nearest first</source>
        <translation>Камери поруч із серединою карти, спершу найближчі</translation>
    </message>
    <message>
        <source>which way it looks is not known</source>
        <translation>куди дивиться, невідомо</translation>
    </message>
    <message>
        <source>looks towards the middle of the map</source>
        <translation>дивиться на середину карти</translation>
    </message>
    <message>
        <source>looks away from it</source>
        <translation>дивиться в інший бік</translation>
    </message>
    <message>
        <source>In the middle of the map</source>
        <translation>Посередині карти</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>40 m north-east</comment>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where: what</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Показати на карті</translation>
    </message>
    <message>
        <source>Selects the camera chosen in the list on the map and shows what is known about it</source>
        <translation>Вибирає на карті камеру, вибрану в списку, і показує, що про неї відомо</translation>
    </message>
</context>
<context>
    <name>blindspot::NotesPanel</name>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Текст нотатки</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Нов&amp;а</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>Зберег&amp;ти нотатку</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>В&amp;идалити…</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>Write a title or a text first.</source>
        <translation>Спершу напишіть назву або текст.</translation>
    </message>
    <message>
        <source>Note not saved: %1</source>
        <translation>Нотатку не збережено: %1</translation>
    </message>
    <message>
        <source>Note saved in your encrypted workspace.</source>
        <translation>Нотатку збережено у вашій зашифрованій робочій області.</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>Видалити цю нотатку?</translation>
    </message>
    <message>
        <source>Delete the note &quot;%1&quot;? This cannot be undone.</source>
        <translation>Видалити нотатку «%1»? Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Note not deleted: %1</source>
        <translation>Нотатку не видалено: %1</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>Нотатку видалено.</translation>
    </message>
    <message>
        <source>Notes are saved encrypted in your workspace when you press Save note, or when you lock.</source>
        <translation>Нотатки зберігаються в зашифрованому вигляді в робочій області, коли ви натискаєте «Зберегти нотатку» або блокуєте програму.</translation>
    </message>
    <message>
        <source>Without a workspace, notes are kept in memory only, until you lock or close Blindspot.</source>
        <translation>Без робочої області нотатки зберігаються лише в пам’яті — доки ви не заблокуєте чи не закриєте Blindspot.</translation>
    </message>
    <message>
        <source>Note kept in memory only: it is gone when you lock or close Blindspot.</source>
        <translation>Нотатка зберігається лише в пам’яті: вона зникне, коли ви заблокуєте чи закриєте Blindspot.</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Ваші нотатки</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>Заголовок нотатки</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Текст нотатки</translation>
    </message>
</context>
<context>
    <name>blindspot::PackImportCheck</name>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>Не вдається відкрити %1: %2.</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Не вдалося імпортувати</translation>
    </message>
    <message>
        <source>%1 is larger than Blindspot accepts. Nothing was imported.</source>
        <translation>Файл %1 більший, ніж дозволяє Blindspot. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>%1. Nothing was imported.</source>
        <translation>%1. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>The import was applied, but its version could not be remembered: %1</source>
        <translation>Імпорт застосовано, але версію пакета даних не вдалося запам’ятати: %1</translation>
    </message>
</context>
<context>
    <name>blindspot::PackTrustDialog</name>
    <message>
        <source>Who made this map pack?</source>
        <translation>Хто створив цей пакет даних?</translation>
    </message>
    <message>
        <source>&amp;Trust this key…</source>
        <translation>&amp;Довіряти цьому ключу…</translation>
    </message>
    <message>
        <source>Choose the signer&apos;s public key file (.pub), compare its fingerprint with the signer, and give the signer a name</source>
        <translation>Вибрати файл відкритого ключа підписувача (.pub), звірити його відбиток із підписувачем і вказати ім’я підписувача</translation>
    </message>
    <message>
        <source>I know why: import it anyway, as an untrusted source</source>
        <translation>Я знаю, чому так сталося: все одно імпортувати як недовірене джерело</translation>
    </message>
    <message>
        <source>&amp;Review the changes…</source>
        <translation>&amp;Перевірити зміни…</translation>
    </message>
    <message>
        <source>&amp;Do not import</source>
        <translation>&amp;Не імпортувати</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не зазначено</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Map: %2, version %3. Publisher, as the file says: %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Карта: %2, версія %3. Видавець, як зазначено у файлі: %4.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>без назви</translation>
    </message>
    <message>
        <source>&lt;b&gt;The signature file beside this map pack cannot be read.&lt;/b&gt; It may be damaged, or it was altered.</source>
        <translation>&lt;b&gt;Не вдається прочитати файл підпису поруч із цим пакетом даних.&lt;/b&gt; Можливо, його пошкоджено або змінено.</translation>
    </message>
    <message>
        <source>Key ID %1 · fingerprint &lt;tt&gt;%2&lt;/tt&gt; · trusted since %3</source>
        <translation>Ідентифікатор ключа %1 · відбиток &lt;tt&gt;%2&lt;/tt&gt; · довірений з %3</translation>
    </message>
    <message>
        <source>To trust it, get the signer&apos;s public key file (.pub) from them in person or through a channel you already trust, not from where this map pack came from. You will compare its fingerprint before anything is trusted.</source>
        <translation>Щоб довіряти цьому ключу, отримайте файл відкритого ключа (.pub) від самого підписувача — особисто або через канал, якому ви вже довіряєте, але не звідти, звідки надійшов цей пакет даних. Перш ніж щось стане довіреним, ви звірите відбиток ключа.</translation>
    </message>
    <message>
        <source>It is imported as a trusted source: it may also remove cameras or lower their face-recognition status, each shown for your review.</source>
        <translation>Пакет даних буде імпортовано як довірене джерело: він може також видаляти камери чи знижувати їхній статус розпізнавання облич — кожну таку зміну буде показано вам для перевірки.</translation>
    </message>
    <message>
        <source>The signer&apos;s public key</source>
        <translation>Відкритий ключ підписувача</translation>
    </message>
    <message>
        <source>minisign public keys (*.pub)</source>
        <translation>Відкриті ключі minisign (*.pub)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>Key not trusted</source>
        <translation>Ключ не додано до довірених</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. Nothing was trusted.</source>
        <translation>Не вдається відкрити %1: %2. Нічого не додано до довірених.</translation>
    </message>
    <message>
        <source>%1 is too large to be a public key file. Nothing was trusted.</source>
        <translation>Файл %1 завеликий для відкритого ключа. Нічого не додано до довірених.</translation>
    </message>
    <message>
        <source>This is not a public key file Blindspot can read (%1). Nothing was trusted.</source>
        <translation>Це не файл відкритого ключа, який Blindspot може прочитати (%1). Нічого не додано до довірених.</translation>
    </message>
    <message>
        <source>This key (key ID %1) did not sign this map pack, which was signed with key ID %2. Choose the public key of the one who signed it. Nothing was trusted.</source>
        <translation>Цей ключ (ідентифікатор %1) не підписував цей пакет даних: пакет підписано ключем з ідентифікатором %2. Виберіть відкритий ключ того, хто його підписав. Нічого не додано до довірених.</translation>
    </message>
</context>
<context>
    <name>blindspot::PhotoEvidenceController</name>
    <message>
        <source>Attach a photo of this camera</source>
        <translation>Прикріпити фото цієї камери</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</source>
        <translation>Фотографії (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>Photo not attached</source>
        <translation>Фото не прикріплено</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. Nothing was attached.</source>
        <translation>Не вдається відкрити %1: %2. Нічого не прикріплено.</translation>
    </message>
    <message>
        <source>%1 is larger than Blindspot accepts for a photo. Nothing was attached.</source>
        <translation>Файл %1 більший, ніж Blindspot дозволяє для фото. Нічого не прикріплено.</translation>
    </message>
    <message>
        <source>%1. Nothing was attached.</source>
        <translation>%1. Нічого не прикріплено.</translation>
    </message>
    <message>
        <source>The photo was stored, but the camera could not be changed to refer to it.</source>
        <translation>Фото збережено, але пов’язати його з камерою не вдалося.</translation>
    </message>
    <message>
        <source>Photo attached; the covered version is kept encrypted in your workspace.</source>
        <translation>Фото прикріплено; версія із зафарбованими ділянками зберігається в зашифрованому вигляді у вашій робочій області.</translation>
    </message>
    <message>
        <source>Photo attached; the covered version is kept in memory only, until Blindspot closes.</source>
        <translation>Фото прикріплено; версія із зафарбованими ділянками зберігається лише в пам’яті, до закриття Blindspot.</translation>
    </message>
</context>
<context>
    <name>blindspot::PhotoRedactionDialog</name>
    <message>
        <source>Attach a photo of this camera</source>
        <translation>Прикріпити фото цієї камери</translation>
    </message>
    <message>
        <source>&amp;Remove last box</source>
        <translation>&amp;Прибрати останню рамку</translation>
    </message>
    <message>
        <source>&amp;Attach this version</source>
        <translation>Прикріпити &amp;цю версію</translation>
    </message>
    <message>
        <source>This is the version that will be stored. Hidden data in the photo (the place and time it was taken, the phone&apos;s model) is removed, and the faces Blindspot found are covered with solid black. Faces it missed are not covered: drag a box over every face, name tag, number plate or anything else that could identify someone. The original file is not changed or copied; delete it yourself if it could harm anyone.</source>
        <translation>Збережено буде саме цю версію. Приховані дані фото (місце й час зйомки, модель телефона) видаляються, а обличчя, які знайшов Blindspot, зафарбовуються суцільним чорним. Пропущені обличчя не зафарбовано: протягніть рамку поверх кожного обличчя, бейджа з іменем, номерного знака й усього іншого, за чим можна когось упізнати. Оригінальний файл не змінюється й не копіюється; якщо він може комусь зашкодити, видаліть його самі.</translation>
    </message>
    <message>
        <source>Faces cannot be found automatically on this computer (OpenCV&apos;s face models are not installed). Cover every face yourself.</source>
        <translation>На цьому комп’ютері обличчя не можна знайти автоматично (моделі облич OpenCV не встановлено). Закрийте рамкою кожне обличчя самі.</translation>
    </message>
    <message>
        <source>No faces were found. Look carefully and cover any you see.</source>
        <translation>Обличь не знайдено. Подивіться уважно й закрийте рамкою всі, які побачите.</translation>
    </message>
    <message>
        <source>Cannot cover that part</source>
        <translation>Не вдається зафарбувати цю ділянку</translation>
    </message>
    <message>
        <source>Faces found and covered: %1. Check for any that were missed.</source>
        <translation>Знайдено й зафарбовано облич: %1. Перевірте, чи не пропущено якесь.</translation>
    </message>
    <message>
        <source>Boxes you drew: %1.</source>
        <translation>Намальовано рамок: %1.</translation>
    </message>
    <message>
        <source>%1. The photo stays as it was.</source>
        <translation>%1. Фото залишилося як було.</translation>
    </message>
</context>
<context>
    <name>blindspot::PlannerPanel</name>
    <message>
        <source>Plan a trip</source>
        <translation>Спланувати поїздку</translation>
    </message>
    <message>
        <source>Route details</source>
        <translation>Подробиці маршруту</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Поїздка</translation>
    </message>
    <message>
        <source>&amp;Plan routes</source>
        <translation>&amp;Прокласти маршрути</translation>
    </message>
    <message>
        <source>&amp;Swap start and destination</source>
        <translation>Поміняти &amp;місцями «звідки» і «куди»</translation>
    </message>
    <message>
        <source>P&amp;rint route card (save as PDF)…</source>
        <translation>&amp;Роздрукувати картку маршруту (зберегти як PDF)…</translation>
    </message>
    <message>
        <source>Save route card as &amp;image…</source>
        <translation>Зберегти картку маршруту як &amp;зображення…</translation>
    </message>
    <message>
        <source>Station, or pick on the map</source>
        <translation>Станція або точка на карті</translation>
    </message>
    <message>
        <source>On map</source>
        <translation>На карті</translation>
    </message>
    <message>
        <source>Click a place on the map to use it</source>
        <translation>Натисніть на місце на карті, щоб вибрати його</translation>
    </message>
    <message>
        <source>Swap start and destination</source>
        <translation>Поміняти місцями «звідки» і «куди»</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>Д&amp;ень:</translation>
    </message>
    <message>
        <source>Ordinary day</source>
        <translation>Звичайний день</translation>
    </message>
    <message>
        <source>Alert day (protests, holidays)</source>
        <translation>День посиленого контролю (протести, свята)</translation>
    </message>
    <message>
        <source>Around announced protests and on holidays, preventive detentions at metro entrances spike: every camera that can feed face recognition is assumed to.</source>
        <translation>Під час оголошених протестів і у свята різко зростає кількість превентивних затримань біля входів до метро: вважається, що кожна камера, яка може передавати зображення в систему розпізнавання облич, це робить.</translation>
    </message>
    <message>
        <source>More choices: time, what to avoid, what-ifs</source>
        <translation>Інші параметри: час, чого уникати, «що як»</translation>
    </message>
    <message>
        <source>Metro and walking</source>
        <translation>Метро й пішки</translation>
    </message>
    <message>
        <source>Metro (walk only to and from it)</source>
        <translation>Метро (пішки лише до метро й від нього)</translation>
    </message>
    <message>
        <source>Walk only</source>
        <translation>Лише пішки</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Без обмеження</translation>
    </message>
    <message>
        <source>Up to %1 × the fastest</source>
        <translation>До %1 × найшвидшого</translation>
    </message>
    <message>
        <source>&amp;Avoid:</source>
        <translation>&amp;Уникати:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Avoid lines:</source>
        <translation>Уникати ліній:</translation>
    </message>
    <message>
        <source>What if… (never a promise of safety)</source>
        <translation>Що як… (це не обіцянка безпеки)</translation>
    </message>
    <message>
        <source>I wear a medical mask</source>
        <translation>Я в медичній масці</translation>
    </message>
    <message>
        <source>I wear dark sunglasses</source>
        <translation>Я в темних сонцезахисних окулярах</translation>
    </message>
    <message>
        <source>I wear a cap and look down</source>
        <translation>Я в кепці й дивлюся вниз</translation>
    </message>
    <message>
        <source>Evidence: a mask helps partly and less every year, and covering the face at a rally is illegal in Russia (54-FZ); sunglasses: moderate, from lab tests; a cap: unknown, as turnstile cameras sit at face height.</source>
        <translation>Докази: маска допомагає частково і з кожним роком дедалі менше, а закривати обличчя на мітингу в Росії заборонено законом (54-ФЗ); сонцезахисні окуляри — помірні докази, з лабораторних випробувань; кепка — невідомо, адже камери на турнікетах висять на рівні обличчя.</translation>
    </message>
    <message>
        <source>The map was edited: press Plan routes to see the routes on the changed map.</source>
        <translation>Карту змінено: натисніть «Прокласти маршрути», щоб побачити маршрути на зміненій карті.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · lines %2</source>
        <translation>%1 · лінії %2</translation>
    </message>
    <message>
        <source>No station or entrance called &quot;%1&quot; to avoid.</source>
        <translation>Немає станції або входу «%1», яких можна було б уникнути.</translation>
    </message>
    <message>
        <source>Open a map first.</source>
        <translation>Спершу відкрийте карту.</translation>
    </message>
    <message>
        <source>Type where you start: a station, or pick a point on the map.</source>
        <translation>Введіть, звідки ви їдете: станцію — або виберіть точку на карті.</translation>
    </message>
    <message>
        <source>Type where you are going: a station, or pick a point on the map.</source>
        <translation>Введіть, куди ви їдете: станцію — або виберіть точку на карті.</translation>
    </message>
    <message>
        <source>Cannot plan on this map: %1</source>
        <translation>Не вдається прокласти маршрут за цією картою: %1</translation>
    </message>
    <message>
        <source>No route found with these choices. Allow more time, avoid fewer stations or lines, or choose another way of travelling.</source>
        <translation>З такими параметрами маршрут не знайдено. Дозвольте більше часу, уникайте менше станцій чи ліній або виберіть інший спосіб пересування.</translation>
    </message>
    <message>
        <source>Plan a trip and choose a route first.</source>
        <translation>Спершу сплануйте поїздку й виберіть маршрут.</translation>
    </message>
    <message>
        <source>Save route card as image</source>
        <translation>Зберегти картку маршруту як зображення</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>Save route card as PDF</source>
        <translation>Зберегти картку маршруту як PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Route card saved to %1. It shows your route: print it, then delete the file.</source>
        <translation>Картку маршруту збережено в %1. З неї видно ваш маршрут: роздрукуйте її, а потім видаліть файл.</translation>
    </message>
    <message>
        <source>Start and destination are the same place.</source>
        <translation>Місце відправлення і місце призначення збігаються.</translation>
    </message>
    <message>
        <source>The map was edited: check the recorded walk again to see it on the changed map.</source>
        <translation>Карту змінено: перевірте записаний шлях ще раз, щоб побачити його на зміненій карті.</translation>
    </message>
    <message>
        <source>Cannot evaluate on this map: %1</source>
        <translation>Не вдається оцінити шлях за цією картою: %1</translation>
    </message>
    <message>
        <source>This file holds no walk: its points are all in one place.</source>
        <translation>У цьому файлі немає шляху: усі його точки в одному місці.</translation>
    </message>
    <message>
        <source>Shown: a recorded walk from a file, as it was walked. It is not a suggested route. Planning a trip replaces it.</source>
        <translation>Показано записаний шлях із файлу — так, як його пройшли. Це не запропонований маршрут. Якщо спланувати поїздку, його буде замінено.</translation>
    </message>
    <message>
        <source>A station&apos;s name, then Enter</source>
        <translation>Назва станції, потім Enter</translation>
    </message>
    <message>
        <source>%1 · line %2</source>
        <translation>%1 · лінія %2</translation>
    </message>
    <message>
        <source>Up to %1 × the fastest (%2)</source>
        <translation>До %1 × найшвидшого (%2)</translation>
    </message>
    <message>
        <source>Pick the start on the map</source>
        <translation>Вибрати початок на карті</translation>
    </message>
    <message>
        <source>Pick the destination on the map</source>
        <translation>Вибрати ціль на карті</translation>
    </message>
    <message>
        <source>Clear the start</source>
        <translation>Очистити початок</translation>
    </message>
    <message>
        <source>Clear the destination</source>
        <translation>Очистити ціль</translation>
    </message>
    <message>
        <source>Remove the selected stations to avoid</source>
        <translation>Прибрати вибрані станції з тих, що оминати</translation>
    </message>
    <message>
        <source>Stations to avoid</source>
        <translation>Станції, які оминати</translation>
    </message>
    <message>
        <source>Lines to avoid</source>
        <translation>Лінії, які оминати</translation>
    </message>
    <message>
        <source>Click the map where the trip starts. Esc cancels.</source>
        <translation>Клацніть на карті там, де починається поїздка. Esc — скасувати.</translation>
    </message>
    <message>
        <source>Click the map where the trip ends. Esc cancels.</source>
        <translation>Клацніть на карті там, де закінчується поїздка. Esc — скасувати.</translation>
    </message>
    <message>
        <source>The trip starts %1.</source>
        <translation>Початок поїздки: %1.</translation>
    </message>
    <message>
        <source>The trip ends %1.</source>
        <translation>Кінець поїздки: %1.</translation>
    </message>
    <message>
        <source>Station, address, or pick on the map</source>
        <translation>Станція, адреса або точка на мапі</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Nothing called &quot;%1&quot; on this map: no station, entrance, address or place. Check the spelling, or pick the point on the map.</source>
        <translation>На цій мапі немає нічого з назвою «%1»: ні станції, ні входу, ні адреси, ні місця. Перевірте написання або виберіть точку на мапі.</translation>
    </message>
    <message>
        <source>Nothing called &quot;%1&quot; on this map. Did you mean: %2?</source>
        <translation>На цій мапі немає нічого з назвою «%1». Можливо, ви мали на увазі: %2?</translation>
    </message>
    <message>
        <source>Plan routes</source>
        <translation>Побудувати маршрути</translation>
    </message>
    <message>
        <source>Planning routes…</source>
        <translation>Будуємо маршрути…</translation>
    </message>
    <message>
        <source>Looking for what would lower the risk…</source>
        <translation>Шукаємо, що знизило б ризик…</translation>
    </message>
    <message>
        <source>Check a recorded walk</source>
        <translation>Перевірити записаний шлях</translation>
    </message>
    <message>
        <source>Checking the walk…</source>
        <translation>Перевіряємо шлях…</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Звідки</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Куди</translation>
    </message>
    <message>
        <source>Travel &amp;by:</source>
        <translation>&amp;Спосіб пересування:</translation>
    </message>
    <message>
        <source>Ti&amp;me limit:</source>
        <translation>&amp;Ліміт часу:</translation>
    </message>
    <message>
        <source>Pla&amp;n routes</source>
        <translation>Пр&amp;окласти маршрути</translation>
    </message>
</context>
<context>
    <name>blindspot::PresenterView</name>
    <message>
        <source>Blindspot - presenter view</source>
        <translation>Blindspot - режим доповідача</translation>
    </message>
    <message>
        <source>%1. Its cameras and numbers illustrate; they describe no real place.</source>
        <translation>%1. Камери й числа тут слугують для прикладу і не описують жодного реального місця.</translation>
    </message>
</context>
<context>
    <name>blindspot::RecentFilesController</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>Не&amp;давні файли</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Немає недавніх файлів</translation>
    </message>
</context>
<context>
    <name>blindspot::RouteCard</name>
    <message>
        <source>Fastest</source>
        <translation>Найшвидший</translation>
    </message>
    <message>
        <source>Least exposed</source>
        <translation>Найменший ризик</translation>
    </message>
    <message>
        <source>%1 than the fastest</source>
        <translation>%1 порівняно з найшвидшим</translation>
    </message>
    <message>
        <source>Transfers: %1 · Face-recognition cameras passed: %2 · Walking: %3</source>
        <translation>Пересадок: %1 · Камер із розпізнаванням облич на шляху: %2 · Пішки: %3</translation>
    </message>
    <message>
        <source>Transfers: %1 · Face-recognition cameras passed: %2</source>
        <translation>Пересадок: %1 · Камер із розпізнаванням облич на шляху: %2</translation>
    </message>
    <message>
        <source>Mapped cameras along the way whose face recognition is confirmed or suspected. Station cameras nobody mapped are counted in the chance, not here.</source>
        <translation>Камери на шляху, нанесені на карту, у яких розпізнавання облич підтверджено або ймовірне. Камери на станціях, яких ніхто не наніс на карту, враховано в імовірності, а не тут.</translation>
    </message>
    <message>
        <source>Route, %1: %2, %3</source>
        <translation>Маршрут, %1: %2, %3</translation>
    </message>
    <message>
        <source>How many times a live face-recognition system gets a usable look at your face on this trip: this keeps counting when the chance is already near certain, and it is what a search of stored footage would find.</source>
        <translation>Скільки разів працююча система розпізнавання облич отримує придатний знімок вашого обличчя за цю поїздку: цей лік зростає і тоді, коли ймовірність уже близька до повної, і саме це знайшов би пошук у збережених записах.</translation>
    </message>
    <message>
        <source>Least exposed within the limit</source>
        <translation>Найменший ризик у межах обмеження</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Вибрано</translation>
    </message>
</context>
<context>
    <name>blindspot::RouteCards</name>
    <message>
        <source>Routes: chance of being identified by face recognition</source>
        <translation>Маршрути: імовірність, що вас упізнає система розпізнавання облич</translation>
    </message>
    <message>
        <source>identified (most likely)</source>
        <translation>упізнають (найімовірніший результат)</translation>
    </message>
    <message>
        <source>uncertain (the range)</source>
        <translation>невизначено (діапазон)</translation>
    </message>
    <message>
        <source>not identified</source>
        <translation>не впізнають</translation>
    </message>
    <message>
        <source>Plan without the time limit</source>
        <translation>Побудувати без обмеження за часом</translation>
    </message>
    <message>
        <source>Planning done. Routes found: %1.</source>
        <translation>Маршрути побудовано. Знайдено маршрутів: %1.</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Вибрано: %1.</translation>
    </message>
</context>
<context>
    <name>blindspot::RouteComparisonExercise</name>
    <message>
        <source>Left:</source>
        <translation>Ліворуч:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Праворуч:</translation>
    </message>
    <message>
        <source>Each card shows 10 trips by someone the system is looking for. Filled figures: identified in the central estimate; hatched: the range leaves it open. The grey bar shows how much of the estimate rests on places nobody mapped: no data is not safe, not dangerous.</source>
        <translation>Кожна картка показує 10 поїздок людини, яку шукає система. Зафарбовані фігурки — поїздки, у яких за основною оцінкою людину впізнають; заштриховані — діапазон оцінки залишає результат відкритим. Сіра смуга показує, яка частина оцінки спирається на місця, яких ніхто не наніс на карту: немає даних — це не означає ні «безпечно», ні «небезпечно».</translation>
    </message>
    <message>
        <source>No scenario chosen for this block.</source>
        <translation>Для цього блоку не вибрано сценарій.</translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation>Порівняйте: %1</translation>
    </message>
    <message>
        <source>Ask which number rests on data and which on assumptions, before asking which route is &quot;better&quot;.</source>
        <translation>Перш ніж питати, який маршрут «кращий», запитайте, яке число спирається на дані, а яке — на припущення.</translation>
    </message>
    <message>
        <source>Point at the grey bar: no data is not safe, not dangerous.</source>
        <translation>Покажіть на сіру смугу: немає даних — це не означає ні «безпечно», ні «небезпечно».</translation>
    </message>
</context>
<context>
    <name>blindspot::RouteDetails</name>
    <message>
        <source>This step alone: %1 (%2-%3 of 10).</source>
        <translation>Лише цей крок: %1 (%2-%3 з 10).</translation>
    </message>
    <message>
        <source>Most of the risk is here.</source>
        <translation>Тут основна частина ризику.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Звідки ризик:</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Що можна зробити</translation>
    </message>
    <message>
        <source>Whatever the route</source>
        <translation>За будь-якого маршруту</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>немає даних</translation>
    </message>
    <message>
        <source>Plan a trip and choose one of its routes: this shows where on the route the risk is, and what would lower it.</source>
        <translation>Сплануйте поїздку й виберіть один із маршрутів: тут буде видно, де на маршруті ризик і що може його знизити.</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Крок за кроком</translation>
    </message>
    <message>
        <source>On the map, each step&apos;s colour shows its own chance, from %1 lower to %2 higher; %3 walking is dashed; %4 grey stripes: no data (estimate from assumptions); %5 where most of the risk is.</source>
        <translation>На карті колір кожного кроку показує ймовірність саме на цьому кроці: від %1 нижча до %2 вища; %3 пішки — пунктиром; %4 сірі смуги — немає даних (оцінка за припущеннями); %5 — де основна частина ризику.</translation>
    </message>
    <message>
        <source>How these numbers are made…</source>
        <translation>Як отримано ці числа…</translation>
    </message>
    <message>
        <source>Route %1 of %2: %3</source>
        <translation>Маршрут %1 з %2: %3</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Спробувати</translation>
    </message>
    <message>
        <source>Plan this way</source>
        <translation>Прокласти так</translation>
    </message>
    <message>
        <source>Plan again with this change</source>
        <translation>Прокласти маршрут заново з цією зміною</translation>
    </message>
    <message>
        <source>No camera on this route is known or assumed to identify people. That is not a promise: the map may be incomplete.</source>
        <translation>На цьому маршруті немає камер, про які відомо або припускається, що вони впізнають людей. Це не обіцянка: карта може бути неповною.</translation>
    </message>
    <message>
        <source>No single step stands out: the risk is spread over the whole trip.</source>
        <translation>Жоден крок не виділяється: ризик розподілено по всій поїздці.</translation>
    </message>
    <message>
        <source>Most of the risk is at %1.</source>
        <translation>Основна частина ризику — %1.</translation>
    </message>
    <message>
        <source>Most of the risk is at %1 and at %2.</source>
        <translation>Основна частина ризику — %1 і %2.</translation>
    </message>
    <message>
        <source>Most of the risk is at %1, at %2 and at %3.</source>
        <translation>Основна частина ризику — %1, %2 і %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>і ще %1</translation>
    </message>
    <message>
        <source>No known or assumed face-recognition camera on this step.</source>
        <translation>На цьому кроці немає відомих або ймовірних камер із розпізнаванням облич.</translation>
    </message>
    <message>
        <source>Leave the phone at home or switched off: operators hand over location data (moderate evidence). Print the route card instead, and agree beforehand how you would call for help.</source>
        <translation>Залиште телефон удома або вимкніть його: оператори зв’язку передають дані про місцеперебування (помірні докази). Натомість роздрукуйте картку маршруту й заздалегідь домовтеся, як ви покличете на допомогу.</translation>
    </message>
    <message>
        <source>Do not use Face Pay: it links your photo, bank card and Troika card. It does not stop face recognition: the turnstile cameras see you anyway.</source>
        <translation>Не користуйтеся Face Pay: він пов’язує ваше фото, банківську картку й картку «Тройка». Від розпізнавання облич це не захищає: камери на турнікетах бачать вас у будь-якому разі.</translation>
    </message>
    <message>
        <source>Metro Wi-Fi asks for your phone number or Gosuslugi account: using it ties the trip to you.</source>
        <translation>Wi-Fi у метро вимагає номер телефону або обліковий запис на «Госуслугах»: якщо ним користуватися, поїздку буде пов’язано з вами.</translation>
    </message>
    <message>
        <source>If you are detained, OVD-Info (ovd.info) gives free legal help. Write their hotline number on the printed card.</source>
        <translation>Якщо вас затримають, ОВД-Інфо (ovd.info) безкоштовно надає юридичну допомогу. Запишіть номер їхньої гарячої лінії на роздрукованій картці.</translation>
    </message>
    <message>
        <source>No route is safe: a low number is not a promise. The map can miss cameras, and the model has limits the methodology describes.</source>
        <translation>Жоден маршрут не є безпечним: низьке число — не обіцянка. На карті можуть бути не всі камери, а модель має обмеження, описані в методиці.</translation>
    </message>
    <message>
        <source>This is the path in the file, as it was walked: Blindspot did not plan it and does not suggest it. Planning a trip replaces it.</source>
        <translation>Це шлях із файлу — так, як його пройшли: Blindspot його не прокладав і не пропонує. Якщо спланувати поїздку, його буде замінено.</translation>
    </message>
    <message>
        <source>A recorded walk, as walked</source>
        <translation>Записаний шлях, як його пройшли</translation>
    </message>
    <message>
        <source>Cameras that have this walk in view</source>
        <translation>Камери, у полі зору яких опиняється цей шлях</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (all are counted in the figures above).</source>
        <translation>
            <numerusform>… і ще %n (усі вони враховані в цифрах вище).</numerusform>
            <numerusform>… і ще %n (усі вони враховані в цифрах вище).</numerusform>
            <numerusform>… і ще %n (усі вони враховані в цифрах вище).</numerusform>
        </translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>Спробувати: %1</translation>
    </message>
    <message>
        <source>Plan this way: %1</source>
        <translation>Побудувати так: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Крок %1 з %2: %3</translation>
    </message>
</context>
<context>
    <name>blindspot::SavedPlansController</name>
    <message>
        <source>Keep the start and destination of this trip, to plan it again later</source>
        <translation>Зберегти початок і кінець цієї поїздки, щоб пізніше прокласти маршрут знову</translation>
    </message>
    <message>
        <source>Sa&amp;ve this plan…</source>
        <translation>З&amp;берегти цей маршрут…</translation>
    </message>
    <message>
        <source>Saved p&amp;lans</source>
        <translation>Збере&amp;жені маршрути</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No saved plans</source>
        <translation>Немає збережених маршрутів</translation>
    </message>
    <message>
        <source>&amp;Delete a saved plan…</source>
        <translation>&amp;Видалити збережений маршрут…</translation>
    </message>
    <message>
        <source>Plan a trip first, then save it.</source>
        <translation>Спершу сплануйте поїздку, потім збережіть маршрут.</translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation>Маршрут не збережено</translation>
    </message>
    <message>
        <source>Plan saved in your encrypted workspace.</source>
        <translation>Маршрут збережено у вашій зашифрованій робочій області.</translation>
    </message>
    <message>
        <source>Plan kept in memory only: it is gone when Blindspot closes.</source>
        <translation>Маршрут зберігається лише в пам’яті: він зникне, коли Blindspot закриється.</translation>
    </message>
    <message>
        <source>Save this plan</source>
        <translation>Зберегти цей маршрут</translation>
    </message>
    <message>
        <source>A name for this plan. It is kept encrypted in your workspace:</source>
        <translation>Назва маршруту. Маршрут зберігається в зашифрованому вигляді у вашій робочій області:</translation>
    </message>
    <message>
        <source>A name for this plan. Without a workspace it is kept only until Blindspot closes:</source>
        <translation>Назва маршруту. Без робочої області маршрут зберігається лише до закриття Blindspot:</translation>
    </message>
    <message>
        <source>Open a map first.</source>
        <translation>Спершу відкрийте карту.</translation>
    </message>
    <message>
        <source>This plan was saved on another map; it was planned on the map shown now.</source>
        <translation>Цей маршрут було збережено на іншій карті; його прокладено за картою, відкритою зараз.</translation>
    </message>
    <message>
        <source>Delete a saved plan</source>
        <translation>Видалити збережений маршрут</translation>
    </message>
    <message>
        <source>Saved plan to delete:</source>
        <translation>Який збережений маршрут видалити:</translation>
    </message>
    <message>
        <source>Plan not deleted</source>
        <translation>Маршрут не видалено</translation>
    </message>
</context>
<context>
    <name>blindspot::ScenarioExercise</name>
    <message>
        <source>Previous choice</source>
        <translation>Попередній вибір</translation>
    </message>
    <message>
        <source>Show what each option leads to</source>
        <translation>Показати, до чого веде кожен варіант</translation>
    </message>
    <message>
        <source>Next choice</source>
        <translation>Наступний вибір</translation>
    </message>
    <message>
        <source>No scenario chosen for this block.</source>
        <translation>Для цього блоку не вибрано сценарій.</translation>
    </message>
    <message>
        <source>Questions for the group</source>
        <translation>Запитання для групи</translation>
    </message>
    <message>
        <source>Choice %1 of %2</source>
        <translation>Вибір %1 з %2</translation>
    </message>
</context>
<context>
    <name>blindspot::SecurityController</name>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Безпека</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокувати зараз</translation>
    </message>
    <message>
        <source>Clear your plans, keys and photos from memory at once and show the unlock screen</source>
        <translation>Негайно видалити з пам’яті ваші маршрути, ключі та фото й показати екран розблокування</translation>
    </message>
    <message>
        <source>&amp;Keep in a workspace…</source>
        <translation>Зберігати в &amp;робочій області…</translation>
    </message>
    <message>
        <source>Make an encrypted workspace, so that what you do now is kept after Blindspot closes</source>
        <translation>Створити зашифровану робочу область, щоб те, що ви робите зараз, збереглося після закриття Blindspot</translation>
    </message>
    <message>
        <source>&amp;Wipe…</source>
        <translation>&amp;Стерти…</translation>
    </message>
    <message>
        <source>Delete the workspace and Blindspot&apos;s settings for good (you are asked first)</source>
        <translation>Безповоротно видалити робочу область і налаштування Blindspot (спершу вас запитають)</translation>
    </message>
    <message>
        <source>Workspace: unlocked</source>
        <translation>Робоча область: розблокована</translation>
    </message>
    <message>
        <source>Saved plans, trusted keys, photos and recent files are kept encrypted in %1. Security &gt; Lock now (Ctrl+L) clears them from memory.</source>
        <translation>Збережені маршрути, довірені ключі, фото й недавні файли зберігаються в зашифрованому вигляді в %1. «Безпека &gt; Заблокувати зараз» (Ctrl+L) видаляє їх із пам’яті.</translation>
    </message>
    <message>
        <source>Workspace: memory only</source>
        <translation>Робоча область: лише в пам’яті</translation>
    </message>
    <message>
        <source>Nothing you do is kept after you close Blindspot. To keep it, use Security &gt; Keep in a workspace.</source>
        <translation>Після закриття Blindspot нічого з того, що ви робите, не збережеться. Щоб зберегти, виберіть «Безпека &gt; Зберігати в робочій області».</translation>
    </message>
    <message>
        <source>Workspace: locked</source>
        <translation>Робоча область: заблокована</translation>
    </message>
    <message>
        <source>Nothing of your workspace is in memory.</source>
        <translation>У пам’яті немає нічого з вашої робочої області.</translation>
    </message>
    <message>
        <source>Map edits not saved to a file are put into the encrypted workspace and offered back when you unlock.</source>
        <translation>Зміни карти, не збережені у файл, поміщаються в зашифровану робочу область, і їх буде запропоновано знову під час розблокування.</translation>
    </message>
    <message>
        <source>Without a workspace, map edits not saved to a file are dropped: save them first.</source>
        <translation>Без робочої області зміни карти, не збережені у файл, видаляються: спершу збережіть їх.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Нотатки</translation>
    </message>
    <message>
        <source>Write notes that are kept with your plans (encrypted in a workspace, or in memory only)</source>
        <translation>Записувати нотатки, які зберігаються разом із вашими маршрутами (у зашифрованій робочій області або лише в пам’яті)</translation>
    </message>
    <message>
        <source>&amp;Trusted keys…</source>
        <translation>&amp;Довірені ключі…</translation>
    </message>
    <message>
        <source>See, add and remove the keys whose signatures on map packs you trust</source>
        <translation>Переглянути, додати й прибрати ключі, підписам яких на пакетах даних ви довіряєте</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>Змінити &amp;парольну фразу…</translation>
    </message>
    <message>
        <source>Save the workspace under a new passphrase</source>
        <translation>Зберегти робочу область з новою парольною фразою</translation>
    </message>
    <message>
        <source>Passphrase changed: this workspace file now opens only with the new one; earlier copies still open with the old one.</source>
        <translation>Парольну фразу змінено: цей файл робочої області тепер відкривається лише новою; давніші копії і далі відкриваються старою.</translation>
    </message>
    <message>
        <source>Workspace: none open</source>
        <translation>Робоча область: не відкрита</translation>
    </message>
    <message>
        <source>No workspace is open. Make one, open one kept elsewhere, or continue without one.</source>
        <translation>Робочу область не відкрито. Створіть нову, відкрийте збережену деінде або продовжуйте без неї.</translation>
    </message>
</context>
<context>
    <name>blindspot::SessionBuilderDialog</name>
    <message>
        <source>Build a training session</source>
        <translation>Скласти навчальне заняття</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 хвилин</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Тривалість:</translation>
    </message>
    <message>
        <source>e.g. Metro cameras: an introduction</source>
        <translation>наприклад: Камери в метро — вступ</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Language of the scenarios:</source>
        <translation>Мова сценаріїв:</translation>
    </message>
    <message>
        <source>Scenarios (tick them; drag to change their order):</source>
        <translation>Сценарії (позначте потрібні; перетягуйте, щоб змінити порядок):</translation>
    </message>
    <message>
        <source>The session, step by step:</source>
        <translation>Заняття крок за кроком:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Вправа</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарій</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хвилин</translation>
    </message>
</context>
<context>
    <name>blindspot::SourcesPanel</name>
    <message>
        <source>not stated</source>
        <translation>не зазначено</translation>
    </message>
    <message>
        <source>Every camera carries the sources that reported it. Counts say how many cameras and survey areas each source reported.</source>
        <translation>Для кожної камери зазначено джерела, які про неї повідомили. Числа показують, про скільки камер і обстежених районів повідомило кожне джерело.</translation>
    </message>
    <message>
        <source>Dataset or source</source>
        <translation>Набір даних або джерело</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Камери</translation>
    </message>
    <message>
        <source>Survey areas</source>
        <translation>Обстежені райони</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Ліцензія</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Зазначення авторства</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, версія %2</translation>
    </message>
    <message>
        <source>%1 (fictional training data)</source>
        <translation>%1 (вигадані навчальні дані)</translation>
    </message>
    <message>
        <source>Publisher not stated</source>
        <translation>Видавця не зазначено</translation>
    </message>
    <message>
        <source>Published by %1</source>
        <translation>Видавець: %1</translation>
    </message>
    <message>
        <source>%1 (trusted)</source>
        <translation>%1 (довірене)</translation>
    </message>
    <message>
        <source>Sources of the map&apos;s data</source>
        <translation>Джерела даних мапи</translation>
    </message>
</context>
<context>
    <name>blindspot::SpotTheCameraExercise</name>
    <message>
        <source>Mark where the group expects cameras</source>
        <translation>Позначити, де група очікує побачити камери</translation>
    </message>
    <message>
        <source>Clear the marks</source>
        <translation>Стерти позначки</translation>
    </message>
    <message>
        <source>Reveal the cameras</source>
        <translation>Показати камери</translation>
    </message>
    <message>
        <source>identifies a face up to about %1 away</source>
        <translation>упізнає обличчя на відстані приблизно до %1</translation>
    </message>
    <message>
        <source>looks %1</source>
        <translation>дивиться на %1</translation>
    </message>
    <message>
        <source>Spot the camera: %1</source>
        <translation>Знайди камеру: %1</translation>
    </message>
    <message>
        <source>Ask: where would you expect cameras around this station, at its entrances and inside? Click the map to mark each place the group names. Marks: %1.</source>
        <translation>Запитайте: де навколо цієї станції, біля її входів і всередині, ви очікуєте побачити камери? Натискайте на карту, щоб позначити кожне місце, яке назве група. Позначок: %1.</translation>
    </message>
    <message>
        <source>Where do you expect cameras at %1?</source>
        <translation>Де на станції %1 ви очікуєте побачити камери?</translation>
    </message>
    <message>
        <source>At the entrances, in the hall, at the turnstiles, on the escalator, on the platform, in the street?</source>
        <translation>Біля входів, у вестибюлі, біля турнікетів, на ескалаторі, на платформі, на вулиці?</translation>
    </message>
    <message>
        <source>Ask before revealing; mark every place named, even unlikely ones.</source>
        <translation>Запитуйте до того, як показати камери; позначайте кожне назване місце, навіть малоймовірне.</translation>
    </message>
    <message>
        <source>After the reveal, read out what two or three cameras can do: turnstile cameras see faces from close and straight on; ceiling domes see more but from above.</source>
        <translation>Після показу зачитайте, що вміють дві-три камери: камери на турнікетах бачать обличчя зблизька й прямо анфас; купольні камери на стелі охоплюють більше, але дивляться згори.</translation>
    </message>
    <message>
        <source>The city is fictional: its cameras illustrate typical placements, they are not a map of a real station.</source>
        <translation>Місто вигадане: його камери показують типове розташування, це не карта справжньої станції.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>direction not known (counted as all round)</source>
        <translation>напрямок невідомий (вважається, що на всі боки)</translation>
    </message>
    <message>
        <source>%1 of the group&apos;s %2 marks were within %3 of one.</source>
        <translation>Позначок групи поруч із камерою (ближче ніж %3): %1 з %2.</translation>
    </message>
    <message>
        <source>%1 with face recognition confirmed.</source>
        <translation>З підтвердженим розпізнаванням облич: %1.</translation>
    </message>
    <message>
        <source>%1 of the group&apos;s %2 marks were near one.</source>
        <translation>Позначок групи поруч із камерою: %1 з %2.</translation>
    </message>
    <message>
        <source>Cameras mapped here: %1, with face recognition confirmed: %2.</source>
        <translation>Камер на карті тут: %1, з них із підтвердженим розпізнаванням облич: %2.</translation>
    </message>
    <message>
        <source>Cameras mapped at %2: %1</source>
        <translation>Камер на карті на станції %2: %1</translation>
    </message>
</context>
<context>
    <name>blindspot::StoredMapEdits</name>
    <message>
        <source>Restore map edits?</source>
        <translation>Відновити зміни карти?</translation>
    </message>
    <message>
        <source>You had map edits that were not saved to a file: restore them?</source>
        <translation>У вас були зміни карти, не збережені у файл. Відновити їх?</translation>
    </message>
    <message>
        <source>Restore puts the edited map in place of the one shown now (if a map is open, Edit &gt; Undo takes it back); save it to a file to keep it outside the workspace. Discard deletes the edits from the workspace. Not now keeps them encrypted in the workspace and asks again at the next unlock.</source>
        <translation>«Відновити» ставить змінену карту на місце показаної зараз (якщо карту відкрито, «Редагування &gt; Скасувати» поверне все назад); збережіть її у файл, щоб зберігати поза робочою областю. «Видалити» видаляє зміни з робочої області. «Не зараз» залишає їх зашифрованими в робочій області й запитає знову під час наступного розблокування.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Ви&amp;далити</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Не зараз</translation>
    </message>
    <message>
        <source>map edits kept in the workspace</source>
        <translation>зміни карти, збережені в робочій області</translation>
    </message>
    <message>
        <source>Map edits not restored</source>
        <translation>Зміни карти не відновлено</translation>
    </message>
    <message>
        <source>%1. The edits stay in the workspace; nothing was changed.</source>
        <translation>%1. Зміни карти залишаються в робочій області; нічого не змінилося.</translation>
    </message>
    <message>
        <source>Restore map edits</source>
        <translation>відновлення змін карти</translation>
    </message>
    <message>
        <source>The edited map is not valid. The edits stay in the workspace; nothing was changed.</source>
        <translation>Змінена карта некоректна. Зміни карти залишаються в робочій області; нічого не змінилося.</translation>
    </message>
    <message>
        <source>Map edits restored, but they could not be removed from the workspace: %1</source>
        <translation>Зміни карти відновлено, але видалити їх із робочої області не вдалося: %1</translation>
    </message>
    <message>
        <source>Map edits restored. They are not saved to a file yet: use File &gt; Save to keep them outside the workspace.</source>
        <translation>Зміни карти відновлено. У файл їх ще не збережено: щоб зберігати їх поза робочою областю, виберіть «Файл &gt; Зберегти».</translation>
    </message>
    <message>
        <source>Map edits not discarded</source>
        <translation>Зміни карти не видалено</translation>
    </message>
    <message>
        <source>The stored map edits were deleted from the workspace.</source>
        <translation>Збережені зміни карти видалено з робочої області.</translation>
    </message>
</context>
<context>
    <name>blindspot::SurveyAreaDialog</name>
    <message>
        <source>New survey area</source>
        <translation>Новий обстежений район</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Surveyed on:</source>
        <translation>&amp;Дата обстеження:</translation>
    </message>
    <message>
        <source>Cameras &amp;found:</source>
        <translation>&amp;Знайдено камер:</translation>
    </message>
    <message>
        <source>What share of the cameras in this area you believe you found. Outside surveyed areas, and for the share not found, Blindspot estimates unmapped cameras.</source>
        <translation>Яку частку камер у цьому районі, на вашу думку, ви знайшли. Поза обстеженими районами і для незнайденої частки Blindspot оцінює камери, не нанесені на карту.</translation>
    </message>
</context>
<context>
    <name>blindspot::SynthesisPage</name>
    <message>
        <source>Print the worksheet (PDF)...</source>
        <translation>Роздрукувати робочий аркуш (PDF)...</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Перерва</translation>
    </message>
    <message>
        <source>What have we learnt so far?</source>
        <translation>Що ми вже дізналися?</translation>
    </message>
    <message>
        <source>One thing you noticed today.</source>
        <translation>Одна річ, яку ви сьогодні помітили.</translation>
    </message>
    <message>
        <source>One question that is still open.</source>
        <translation>Одне запитання, яке поки залишається відкритим.</translation>
    </message>
    <message>
        <source>A number you would now say differently, with its reference class.</source>
        <translation>Число, яке ви тепер назвали б інакше, — разом із тим, до чого воно стосується.</translation>
    </message>
    <message>
        <source>Back in %1 min.</source>
        <translation>Продовжимо за %1 хв.</translation>
    </message>
</context>
<context>
    <name>blindspot::TeamExercise</name>
    <message>
        <source>Kind of camera to place:</source>
        <translation>Яку камеру поставити:</translation>
    </message>
    <message>
        <source>Place cameras on the map</source>
        <translation>Поставити камери на карту</translation>
    </message>
    <message>
        <source>Remove the last camera</source>
        <translation>Прибрати останню камеру</translation>
    </message>
    <message>
        <source>Declare an alert day</source>
        <translation>Оголосити день посиленого контролю</translation>
    </message>
    <message>
        <source>Show the route team&apos;s route (facilitator only)</source>
        <translation>Показати маршрут команди маршруту (лише для ведучого)</translation>
    </message>
    <message>
        <source>Route %1</source>
        <translation>Маршрут %1</translation>
    </message>
    <message>
        <source>The route team&apos;s route, before the system moved</source>
        <translation>Маршрут команди маршруту до ходу системи</translation>
    </message>
    <message>
        <source>The same route with the system&apos;s cameras and day</source>
        <translation>Той самий маршрут із камерами та днем, вибраними системою</translation>
    </message>
    <message>
        <source>The least exposed route now</source>
        <translation>Маршрут із найменшим ризиком тепер</translation>
    </message>
    <message>
        <source>The system declared an alert day.</source>
        <translation>Система оголосила день посиленого контролю.</translation>
    </message>
    <message>
        <source>Knowing the system, the least exposed route would be identified in about %1 of 10 trips and take %2.</source>
        <translation>Якщо знати, що зробила система, маршрут із найменшим ризиком дає впізнання приблизно в %1 з 10 поїздок і займає %2.</translation>
    </message>
    <message>
        <source>No scenario chosen for this block.</source>
        <translation>Для цього блоку не вибрано сценарій.</translation>
    </message>
    <message>
        <source>Team exercise, step 1: the route team plans</source>
        <translation>Командна вправа, крок 1: команда маршруту планує</translation>
    </message>
    <message>
        <source>Trip: %1. The route team picks one of these routes (click a card) without knowing what the system team will do.</source>
        <translation>Поїздка: %1. Команда маршруту вибирає один із цих маршрутів (натисніть на картку), не знаючи, що зробить команда системи.</translation>
    </message>
    <message>
        <source>The system team&apos;s turn</source>
        <translation>Хід команди системи</translation>
    </message>
    <message>
        <source>Team exercise, step 2: the system team places its cameras</source>
        <translation>Командна вправа, крок 2: команда системи ставить камери</translation>
    </message>
    <message>
        <source>Place up to %1 face-recognition cameras where you expect the route team to pass, and decide whether to declare an alert day. Placed: %2.</source>
        <translation>Поставте до %1 камер із розпізнаванням облич там, де, на вашу думку, пройде команда маршруту, і вирішіть, чи оголошувати день посиленого контролю. Поставлено: %2.</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>С%1</translation>
    </message>
    <message>
        <source>Score both teams</source>
        <translation>Підбити підсумки обох команд</translation>
    </message>
    <message>
        <source>Team exercise, step 3: what each team&apos;s choices changed</source>
        <translation>Командна вправа, крок 3: що змінили рішення кожної команди</translation>
    </message>
    <message>
        <source>Numbers from the exposure model for someone the system is looking for. Nobody wins: look at what each move changed, and what it cost.</source>
        <translation>Числа з моделі ризику впізнання для людини, яку шукає система. Тут ніхто не виграє: подивіться, що змінив кожен хід і чого він коштував.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Почати знову</translation>
    </message>
    <message>
        <source>Route team: which way?</source>
        <translation>Команда маршруту: яким шляхом?</translation>
    </message>
    <message>
        <source>System team: where do you watch?</source>
        <translation>Команда системи: де ви стежите?</translation>
    </message>
    <message>
        <source>Alert day declared.</source>
        <translation>Оголошено день посиленого контролю.</translation>
    </message>
    <message>
        <source>What each team&apos;s choices changed</source>
        <translation>Що змінили рішення кожної команди</translation>
    </message>
    <message>
        <source>Keep the route team&apos;s choice hidden from the system team until the scores.</source>
        <translation>Не показуйте вибір команди маршруту команді системи до підбиття підсумків.</translation>
    </message>
    <message>
        <source>Ask the system team why they placed cameras where they did: they usually pick entrances and crossings, as real systems do.</source>
        <translation>Запитайте команду системи, чому вони поставили камери саме там: зазвичай вибирають входи й переходи — як і справжні системи.</translation>
    </message>
    <message>
        <source>There is no winner. Ask the route team what they would change knowing the system, and what it would cost them.</source>
        <translation>Переможця немає. Запитайте команду маршруту, що б вони змінили, знаючи, як діє система, і чого б їм це коштувало.</translation>
    </message>
    <message>
        <source>Cameras the system team placed: %1; of them, cameras that saw the route: %2. The route team&apos;s route: identified in about %3 of 10 trips before, about %4 of 10 after.</source>
        <translation>Команда системи поставила камер: %1; з них маршрут побачили: %2. Маршрут команди маршруту: до цього впізнання приблизно в %3 з 10 поїздок, після — приблизно в %4 з 10.</translation>
    </message>
    <message>
        <source>Cameras placed: %1 of %2.%3</source>
        <translation>Поставлено камер: %1 з %2.%3</translation>
    </message>
</context>
<context>
    <name>blindspot::TrainingMenu</name>
    <message>
        <source>Open a session plan</source>
        <translation>Відкрити план заняття</translation>
    </message>
    <message>
        <source>Session plans (*.json)</source>
        <translation>Плани занять (*.json)</translation>
    </message>
    <message>
        <source>Check a scenario file</source>
        <translation>Перевірити файл сценарію</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Сценарії (*.json)</translation>
    </message>
    <message>
        <source>The scenario is valid and was added to training mode.</source>
        <translation>Сценарій коректний, його додано до режиму навчання.</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Навчання</translation>
    </message>
    <message>
        <source>Open training mode</source>
        <translation>Відкрити режим навчання</translation>
    </message>
    <message>
        <source>Build a session...</source>
        <translation>Скласти заняття...</translation>
    </message>
    <message>
        <source>Open a session plan...</source>
        <translation>Відкрити план заняття...</translation>
    </message>
    <message>
        <source>Check a scenario file...</source>
        <translation>Перевірити файл сценарію...</translation>
    </message>
</context>
<context>
    <name>blindspot::TrainingWindow</name>
    <message>
        <source>Blindspot - training mode</source>
        <translation>Blindspot - режим навчання</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Previous step or block (Page Up)</source>
        <translation>Попередній етап або блок (Page Up)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Next step or block (Page Down)</source>
        <translation>Наступний етап або блок (Page Down)</translation>
    </message>
    <message>
        <source>Start/pause timer</source>
        <translation>Запустити/призупинити таймер</translation>
    </message>
    <message>
        <source>Reset the block&apos;s timer</source>
        <translation>Скинути таймер блоку</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Режим доповідача</translation>
    </message>
    <message>
        <source>Show the slides on a second screen or projector (F5)</source>
        <translation>Показувати слайди на другому екрані або проєкторі (F5)</translation>
    </message>
    <message>
        <source>Build a session...</source>
        <translation>Скласти заняття...</translation>
    </message>
    <message>
        <source>Open plan...</source>
        <translation>Відкрити план...</translation>
    </message>
    <message>
        <source>Save plan...</source>
        <translation>Зберегти план...</translation>
    </message>
    <message>
        <source>Add a scenario file...</source>
        <translation>Додати файл сценарію...</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>Роздаткові матеріали</translation>
    </message>
    <message>
        <source>Route card (PDF)...</source>
        <translation>Картка маршруту (PDF)...</translation>
    </message>
    <message>
        <source>Evidence table of countermeasures (PDF)...</source>
        <translation>Таблиця заходів захисту та доказів (PDF)...</translation>
    </message>
    <message>
        <source>My plan worksheet (PDF)...</source>
        <translation>Робочий аркуш «Мій план» (PDF)...</translation>
    </message>
    <message>
        <source>Where to get legal help (PDF)...</source>
        <translation>Де отримати юридичну допомогу (PDF)...</translation>
    </message>
    <message>
        <source>Start / pause</source>
        <translation>Старт / пауза</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Скинути</translation>
    </message>
    <message>
        <source>Your own notes for this block (saved with the plan)</source>
        <translation>Ваші нотатки до цього блоку (зберігаються разом із планом)</translation>
    </message>
    <message>
        <source>Language of the scenarios, statements and handouts</source>
        <translation>Мова сценаріїв, тверджень і роздаткових матеріалів</translation>
    </message>
    <message>
        <source>%1: the plan uses scenario &quot;%2&quot;, which is not loaded. Add its file first.</source>
        <translation>%1: у плані використано сценарій «%2», який не завантажено. Спершу додайте його файл.</translation>
    </message>
    <message>
        <source>No session plan: build one to start.</source>
        <translation>Плану заняття немає: щоб почати, складіть його.</translation>
    </message>
    <message>
        <source>Session: %1 of %2 min%3</source>
        <translation>Заняття: %1 з %2 хв%3</translation>
    </message>
    <message>
        <source> (timer paused)</source>
        <translation> (таймер на паузі)</translation>
    </message>
    <message>
        <source>Open a session plan</source>
        <translation>Відкрити план заняття</translation>
    </message>
    <message>
        <source>Session plans (*.json)</source>
        <translation>Плани занять (*.json)</translation>
    </message>
    <message>
        <source>Save the session plan</source>
        <translation>Зберегти план заняття</translation>
    </message>
    <message>
        <source>Add a scenario file</source>
        <translation>Додати файл сценарію</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Сценарії (*.json)</translation>
    </message>
    <message>
        <source>Scenario added: use &quot;Build a session&quot; to include it.</source>
        <translation>Сценарій додано: щоб включити його в заняття, виберіть «Скласти заняття».</translation>
    </message>
    <message>
        <source>Choose a block with a scenario to print its route card.</source>
        <translation>Виберіть блок зі сценарієм, щоб роздрукувати його картку маршруту.</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Зберегти роздатковий матеріал</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Handout written.</source>
        <translation>Роздатковий матеріал записано.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>block %1 of %2, %3 min</source>
        <translation>блок %1 з %2, %3 хв</translation>
    </message>
    <message>
        <source>Training mode uses %1: its stations, cameras and numbers are made up for practice.</source>
        <translation>У режимі навчання використовується %1: усі станції, камери й числа там вигадано для тренування.</translation>
    </message>
</context>
<context>
    <name>blindspot::TrustKeyDialog</name>
    <message>
        <source>Trust this key?</source>
        <translation>Довіряти цьому ключу?</translation>
    </message>
    <message>
        <source>Before you trust this key, compare its fingerprint with the signer: in person, or over a channel you already trust. Trust it only if every group of four matches. Anyone who gets you to trust their key can send you maps that look trustworthy.</source>
        <translation>Перш ніж довіряти цьому ключу, звірте його відбиток із підписувачем: особисто або через канал, якому ви вже довіряєте. Довіряйте йому, лише якщо збігається кожна група з чотирьох символів. Будь-хто, хто переконає вас довіряти його ключу, зможе надсилати вам карти, які виглядатимуть надійними.</translation>
    </message>
    <message>
        <source>Key ID: %1</source>
        <translation>Ідентифікатор ключа: %1</translation>
    </message>
    <message>
        <source>for example: Moscow mappers collective</source>
        <translation>наприклад: Московський колектив картографів</translation>
    </message>
    <message>
        <source>&amp;Signer&apos;s name:</source>
        <translation>&amp;Ім’я підписувача:</translation>
    </message>
    <message>
        <source>The fingerprint matches: &amp;trust this key</source>
        <translation>Відбиток збігається: &amp;довіряти цьому ключу</translation>
    </message>
</context>
<context>
    <name>blindspot::TrustedKeysDialog</name>
    <message>
        <source>Trusted keys</source>
        <translation>Довірені ключі</translation>
    </message>
    <message>
        <source>Map packs signed with one of these keys are treated as coming from the signer named here. Remove a key you no longer trust; add one only after comparing its fingerprint with the signer.</source>
        <translation>Пакети даних, підписані одним із цих ключів, вважаються отриманими від зазначеного тут підписувача. Приберіть ключ, якому більше не довіряєте; додавайте ключ, лише звіривши його відбиток із підписувачем.</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Підписувач</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Ідентифікатор ключа</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Відбиток</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message>
        <source>&amp;Add from a key file…</source>
        <translation>&amp;Додати з файлу ключа…</translation>
    </message>
    <message>
        <source>Choose the signer&apos;s public key file (.pub); you compare its fingerprint before it is trusted</source>
        <translation>Вибрати файл відкритого ключа підписувача (.pub); перш ніж ключ стане довіреним, ви звірите його відбиток</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Прибрати…</translation>
    </message>
    <message>
        <source>Stop trusting the selected key (you are asked first)</source>
        <translation>Більше не довіряти вибраному ключу (спершу вас запитають)</translation>
    </message>
    <message>
        <source>These keys are kept in your encrypted workspace.</source>
        <translation>Ці ключі зберігаються у вашій зашифрованій робочій області.</translation>
    </message>
    <message>
        <source>No trusted keys yet.</source>
        <translation>Довірених ключів поки немає.</translation>
    </message>
    <message>
        <source>The signer&apos;s public key</source>
        <translation>Відкритий ключ підписувача</translation>
    </message>
    <message>
        <source>minisign public keys (*.pub)</source>
        <translation>Відкриті ключі minisign (*.pub)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>Key not trusted</source>
        <translation>Ключ не додано до довірених</translation>
    </message>
    <message>
        <source>Stop trusting this key?</source>
        <translation>Більше не довіряти цьому ключу?</translation>
    </message>
    <message>
        <source>Stop trusting the key of %1 (key ID %2)? Map packs it signs will then be shown as signed by an unknown key, until you add it again.</source>
        <translation>Більше не довіряти ключу підписувача «%1» (ідентифікатор ключа %2)? Після цього пакети даних, підписані цим ключем, буде показано як підписані невідомим ключем, доки ви знову не додасте його.</translation>
    </message>
    <message>
        <source>&amp;Stop trusting it</source>
        <translation>&amp;Більше не довіряти</translation>
    </message>
    <message>
        <source>Key not removed</source>
        <translation>Ключ не вилучено з довірених</translation>
    </message>
    <message>
        <source>Without a workspace these keys are kept in memory only, until you lock or close Blindspot.</source>
        <translation>Без робочої області ці ключі зберігаються лише в пам’яті — доки ви не заблокуєте чи не закриєте Blindspot.</translation>
    </message>
</context>
<context>
    <name>blindspot::UnlockScreen</name>
    <message>
        <source>Your Blindspot workspace</source>
        <translation>Ваша робоча область Blindspot</translation>
    </message>
    <message>
        <source>Unlock your workspace</source>
        <translation>Розблокувати робочу область</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольна фраза:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Розблокувати</translation>
    </message>
    <message>
        <source>Open a workspace kept somewhere else…</source>
        <translation>Відкрити робочу область з іншого місця…</translation>
    </message>
    <message>
        <source>Make a new workspace…</source>
        <translation>Створити нову робочу область…</translation>
    </message>
    <message>
        <source>Make a new workspace</source>
        <translation>Створити нову робочу область</translation>
    </message>
    <message>
        <source>Choose a passphrase you can remember. Nobody, not even the people who make Blindspot, can recover a forgotten one. Do not write it on or near this computer.</source>
        <translation>Виберіть парольну фразу, яку зможете запам’ятати. Забуту фразу ніхто не зможе відновити — навіть розробники Blindspot. Не записуйте її ні на цьому комп’ютері, ні поруч із ним.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Нова парольна фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторіть її:</translation>
    </message>
    <message>
        <source>&amp;Another place…</source>
        <translation>&amp;Інше місце…</translation>
    </message>
    <message>
        <source>Keep the workspace somewhere else, for example on a USB stick you can hide. Blindspot will not remember where.</source>
        <translation>Зберігати робочу область в іншому місці, наприклад на USB-флешці, яку можна сховати. Blindspot не запам’ятає, де вона.</translation>
    </message>
    <message>
        <source>&amp;Make workspace</source>
        <translation>&amp;Створити робочу область</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>I already have a workspace…</source>
        <translation>У мене вже є робоча область…</translation>
    </message>
    <message>
        <source>Continue &amp;without a workspace</source>
        <translation>Продовжити &amp;без робочої області</translation>
    </message>
    <message>
        <source>Delete the workspace and settings…</source>
        <translation>Видалити робочу область і налаштування…</translation>
    </message>
    <message>
        <source>Where: %1 (not remembered after Blindspot closes).</source>
        <translation>Де: %1 (після закриття Blindspot це місце не запам’ятовується).</translation>
    </message>
    <message>
        <source>A workspace already exists here. Choose another place for the new one, or unlock the existing one.</source>
        <translation>Тут уже є робоча область. Виберіть для нової інше місце або розблокуйте наявну.</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Відкрити робочу область</translation>
    </message>
    <message>
        <source>Blindspot workspaces (*.bsw)</source>
        <translation>Робочі області Blindspot (*.bsw)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>Where to keep the new workspace</source>
        <translation>Де зберігати нову робочу область</translation>
    </message>
    <message>
        <source>You can try again in %1.</source>
        <translation>Спробувати знову можна через %1.</translation>
    </message>
    <message>
        <source>Type the workspace&apos;s passphrase first.</source>
        <translation>Спершу введіть парольну фразу робочої області.</translation>
    </message>
    <message>
        <source>Checking the passphrase; this takes a second or two…</source>
        <translation>Перевіряємо парольну фразу; це займе секунду-дві…</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row.</source>
        <translation>Забагато невдалих спроб поспіль.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the same one twice.</source>
        <translation>Парольні фрази не збігаються. Введіть ту саму фразу двічі.</translation>
    </message>
    <message>
        <source>Making the workspace; this takes a second or two…</source>
        <translation>Створюємо робочу область; це займе секунду-дві…</translation>
    </message>
    <message>
        <source>Plans you save, notes, the keys you trust, camera photos and the list of recent files are kept in one workspace file, encrypted with your passphrase. Without the passphrase nobody can read it, and nobody can recover it if the passphrase is forgotten.</source>
        <translation>Збережені маршрути, нотатки, ключі, яким ви довіряєте, фото камер і список недавніх файлів зберігаються в одному файлі робочої області, зашифрованому вашою парольною фразою. Без парольної фрази його ніхто не прочитає, і ніхто не відновить його, якщо фразу забуто.</translation>
    </message>
    <message>
        <source>Nothing you do is kept after you close Blindspot: saved plans, trusted keys and photos are forgotten when it closes.</source>
        <translation>Після закриття Blindspot нічого зі зробленого не збережеться: збережені маршрути, довірені ключі та фото забуваються під час закриття.</translation>
    </message>
    <message>
        <source>Where: Blindspot&apos;s own folder on this computer.</source>
        <translation>Де: у власній теці Blindspot на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>Парольна фраза закоротка: потрібно щонайменше %1 знаків.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
</context>
<context>
    <name>blindspot::WelcomeDialog</name>
    <message>
        <source>Welcome to Blindspot</source>
        <translation>Ласкаво просимо до Blindspot</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Blindspot&lt;/h2&gt;&lt;p&gt;Blindspot is a map of known surveillance and face-recognition cameras in and around metro stations. For a trip you plan, it estimates how likely the cameras along the way are to identify you, and which route, entrance or time exposes you less. Every estimate is a range with its assumptions, never a promise of safety.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It works offline.&lt;/b&gt; Blindspot never uses the network, and it does not store your routes, places or searches.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The training city is fictional.&lt;/b&gt; Its stations and cameras are invented for practice. Do not plan a real trip on it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Real data&lt;/b&gt; comes only from files you choose: an OpenStreetMap extract of your city (File &amp;gt; Import…), or a map pack (.bspack) shared by people you trust (File &amp;gt; Open…). Your own survey can come in as CSV, GeoJSON or KML.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ласкаво просимо до Blindspot&lt;/h2&gt;&lt;p&gt;Blindspot — це карта відомих камер відеоспостереження та розпізнавання облич на станціях метро й поруч із ними. Для поїздки, яку ви плануєте, програма оцінює, наскільки ймовірно, що камери на шляху вас упізнають, і який маршрут, вхід або час знижують цей ризик. Кожна оцінка — це діапазон із зазначенням припущень, а не обіцянка безпеки.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Програма працює без мережі.&lt;/b&gt; Blindspot ніколи не використовує мережу і не зберігає ваші маршрути, місця та пошукові запити.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Навчальне місто вигадане.&lt;/b&gt; Його станції та камери вигадано для тренування. Не плануйте за ним справжню поїздку.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Справжні дані&lt;/b&gt; потрапляють до програми лише з файлів, які ви вибираєте самі: вивантаження OpenStreetMap для вашого міста (Файл &amp;gt; Імпорт…) або пакет даних (.bspack) від людей, яким ви довіряєте (Файл &amp;gt; Відкрити…). Результати власного обстеження можна завантажити у форматі CSV, GeoJSON або KML.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Practise on the &amp;training city</source>
        <translation>Потренуватися на &amp;навчальному місті</translation>
    </message>
    <message>
        <source>&amp;Open a map pack…</source>
        <translation>&amp;Відкрити пакет даних…</translation>
    </message>
    <message>
        <source>&amp;Import an OpenStreetMap extract or other data…</source>
        <translation>&amp;Імпортувати вивантаження OpenStreetMap або інші дані…</translation>
    </message>
    <message>
        <source>How the &amp;estimates work</source>
        <translation>&amp;Як отримують оцінки</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
</context>
<context>
    <name>blindspot::WorkspaceSession</name>
    <message>
        <source>its folder %1 cannot be made</source>
        <translation>не вдається створити його теку %1</translation>
    </message>
</context>
</TS>
